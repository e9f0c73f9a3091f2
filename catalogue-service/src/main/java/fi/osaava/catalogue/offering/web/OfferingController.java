package fi.osaava.catalogue.offering.web;

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

import fi.osaava.catalogue.offering.OfferingManagement;
import fi.osaava.catalogue.offering.OfferingStatus;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/offerings")
@Tag(name = "Offerings")
class OfferingController {

    private final OfferingManagement offerings;

    OfferingController(OfferingManagement offerings) {
        this.offerings = offerings;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MEMBER', 'SYSTEM', 'COORDINATOR')")
    @Operation(summary = "Create an offering of the caller's organisation as a draft, or create and publish it at once with ?publish=true")
    ResponseEntity<OfferingView> create(@Valid @RequestBody OfferingRequest request,
                                        @RequestParam(defaultValue = "false") boolean publish) {
        Actor actor = Actors.current();
        OfferingView created = OfferingView.of(offerings.create(request.toDraft(actor.organisationId()), publish, actor.actedBy()));
        return ResponseEntity.created(URI.create("/api/offerings/" + created.id())).body(created);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft offering to the tray")
    @PreAuthorize("hasAnyRole('MEMBER', 'SYSTEM', 'COORDINATOR')")
    OfferingView publish(@PathVariable String id) {
        return OfferingView.of(offerings.publish(id, Actors.current().actedBy()));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw an offering of the caller's organisation from the tray, with the reason; 409 if it is already withdrawn")
    @PreAuthorize("hasAnyRole('MEMBER', 'SYSTEM', 'COORDINATOR')")
    @SuppressWarnings("NullAway")
    OfferingView withdraw(@PathVariable String id, @Valid @RequestBody WithdrawalRequest request) {
        return OfferingView.of(offerings.withdraw(id, request.reason().strip(), Actors.current().actedBy()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A published offering (anyone), or a draft of the caller's organisation")
    OfferingView get(@PathVariable String id) {
        return OfferingView.of(offerings.get(id, callerOrganisation()));
    }

    @GetMapping
    @Operation(summary = "The tray: published offerings (anyone) and the caller's own drafts, newest first")
    List<OfferingView> list(@RequestParam(required = false) @Nullable OfferingStatus status, Pageable page) {
        return offerings.list(status, callerOrganisation(), page).stream().map(OfferingView::of).toList();
    }

    private static @Nullable String callerOrganisation() {
        return Actors.optional().map(Actor::organisationId).orElse(null);
    }
}
