package fi.osaava.needs.need.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import fi.osaava.needs.need.NeedManagement;
import fi.osaava.needs.need.NeedStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/needs")
@Tag(name = "Competence needs")
class NeedController {

    private final NeedManagement needs;

    NeedController(NeedManagement needs) {
        this.needs = needs;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MEMBER', 'COORDINATOR')")
    @Operation(summary = "Create a need of the caller's organisation as a draft, or create and publish it at once with ?publish=true")
    ResponseEntity<NeedView> create(@Valid @RequestBody NeedRequest request,
                                    @RequestParam(defaultValue = "false") boolean publish) {
        Actor actor = Actors.current();
        NeedView created = NeedView.of(needs.create(request.toDraft(actor.organisationId()), publish, actor.actedBy()));
        return ResponseEntity.created(URI.create("/api/needs/" + created.id())).body(created);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft need: the matching providers and producers are alerted")
    @PreAuthorize("hasAnyRole('MEMBER', 'COORDINATOR')")
    NeedView publish(@PathVariable String id) {
        return NeedView.of(needs.publish(id, Actors.current().actedBy()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A published need, or a draft of the caller's organisation (members only)")
    NeedView get(@PathVariable String id) {
        return NeedView.of(needs.get(id, Actors.current().organisationId()));
    }

    @GetMapping
    @Operation(summary = "Published needs and the caller's own drafts, newest first (members only)")
    List<NeedView> list(@RequestParam(required = false) @Nullable NeedStatus status, Pageable page) {
        return needs.list(status, Actors.current().organisationId(), page).stream().map(NeedView::of).toList();
    }
}
