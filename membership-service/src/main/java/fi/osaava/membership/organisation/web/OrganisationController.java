package fi.osaava.membership.organisation.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.membership.organisation.OrganisationManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations")
class OrganisationController {

    private final OrganisationManagement organisations;

    OrganisationController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @PostMapping
    @Operation(summary = "Register an organisation as an active member (coordinator's admin API)")
    ResponseEntity<OrganisationView> register(@Valid @RequestBody OrganisationRequest request) {
        OrganisationView created = OrganisationView.of(organisations.register(request.toProfile()));
        return ResponseEntity.created(URI.create("/api/organisations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    OrganisationView get(@PathVariable String id) {
        return OrganisationView.of(organisations.get(id));
    }

    @GetMapping
    List<OrganisationView> list() {
        return organisations.list().stream().map(OrganisationView::of).toList();
    }
}
