package fi.osaava.membership.organisation.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.membership.organisation.ContactPerson;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * An organisation's contact persons. The organisation itself (its users and clients) and the
 * coordinator manage them; another organisation gets 404 as if there were nothing. Never public.
 */
@RestController
@RequestMapping("/api/organisations/{id}/contacts")
@Tag(name = "Contact persons")
class ContactPersonController {

    private final OrganisationManagement organisations;

    ContactPersonController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @PostMapping
    @Operation(summary = "Add a contact person (the organisation itself or the coordinator)")
    ResponseEntity<ContactPersonView> add(@PathVariable String id, @Valid @RequestBody ContactPersonRequest request) {
        ContactPerson person = organisations.addContactPerson(id, request.toDetails(), Actors.current());
        return ResponseEntity.created(URI.create("/api/organisations/" + id + "/contacts/" + person.id()))
                .body(ContactPersonView.of(person));
    }

    @GetMapping
    @Operation(summary = "Contact persons: all of them for the organisation itself and the coordinator, "
            + "for other members only those who consented to be listed")
    List<?> list(@PathVariable String id) {
        Organisation organisation = organisations.get(id);
        if (organisations.readsWhole(id, Actors.optional())) {
            return organisation.contactPersons().stream().map(ContactPersonView::of).toList();
        }
        return organisation.contactPersons().stream().filter(ContactPerson::listed)
                .map(ListedContactPersonView::of).toList();
    }

    @DeleteMapping("/{contactPersonId}")
    @Operation(summary = "Erase a contact person here and, by an event, in every service: 204, also when "
            + "already erased; 404 for an id that never was a contact of the organisation")
    ResponseEntity<Void> erase(@PathVariable String id, @PathVariable String contactPersonId) {
        organisations.eraseContactPerson(id, contactPersonId, Actors.current());
        return ResponseEntity.noContent().build();
    }
}
