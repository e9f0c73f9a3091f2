package fi.osaava.membership.ecosystem.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.web.RequestBodies;
import fi.osaava.membership.ecosystem.EcosystemManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/ecosystems")
@Tag(name = "Ecosystems")
class EcosystemController {

    private final EcosystemManagement ecosystems;
    private final RequestBodies bodies;

    EcosystemController(EcosystemManagement ecosystems, RequestBodies bodies) {
        this.ecosystems = ecosystems;
        this.bodies = bodies;
    }

    @PostMapping
    @Operation(summary = "Found an ecosystem: its id (a slug), name, regions and coordinator organisation (platform coordinator only)")
    ResponseEntity<EcosystemView> found(@Valid @RequestBody EcosystemRequest request) {
        if (request.id() == null) {
            throw new InvalidFieldException("id", "must not be null");
        }
        EcosystemView founded = EcosystemView.of(ecosystems.found(request.id(), request.toProfile(), Actors.current()));
        return ResponseEntity.created(URI.create("/api/ecosystems/" + founded.id())).body(founded);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename an ecosystem, change its regions or hand its coordination to another organisation (its coordinator or the platform coordinator)")
    EcosystemView update(@PathVariable String id, @RequestBody EcosystemRequest body) {
        return EcosystemView.of(ecosystems.update(id, () -> bodies.valid(body).toProfile(), Actors.current()));
    }

    @GetMapping
    @Operation(summary = "Every ecosystem of this deployment (public)")
    List<EcosystemView> list() {
        return ecosystems.list().stream().map(EcosystemView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One ecosystem (public)")
    EcosystemView get(@PathVariable String id) {
        return EcosystemView.of(ecosystems.get(id));
    }
}
