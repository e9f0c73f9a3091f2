package fi.osaava.catalogue.preregistration.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.catalogue.preregistration.PreRegistrationManagement;
import fi.osaava.catalogue.preregistration.PreRegistrationManagement.Outcome;
import fi.osaava.kit.security.Actors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/offerings/{offeringId}")
@Tag(name = "Pre-registrations")
class PreRegistrationController {

    private final PreRegistrationManagement preRegistrations;

    PreRegistrationController(PreRegistrationManagement preRegistrations) {
        this.preRegistrations = preRegistrations;
    }

    @PostMapping("/pre-registrations")
    @Operation(summary = "Pre-register seats for the caller's organisation on a PUBLISHED FUNDED offering before its "
            + "deadline → 201; the same request again → 200 with the same pre-registration; 409 when full, closed, "
            + "or the organisation already holds another number of seats")
    @SuppressWarnings("NullAway")
    ResponseEntity<MyPreRegistrationView> register(@PathVariable String offeringId,
                                                   @Valid @RequestBody SeatsRequest request) {
        Outcome outcome = preRegistrations.register(offeringId, request.seats(), Actors.current());
        MyPreRegistrationView view = MyPreRegistrationView.of(outcome);
        return outcome.changed()
                ? ResponseEntity.created(URI.create("/api/offerings/" + offeringId + "/pre-registrations/mine")).body(view)
                : ResponseEntity.ok(view);
    }

    @PutMapping("/pre-registrations/mine")
    @Operation(summary = "Change the seats of the caller's not yet committed pre-registration (more only while free)")
    @SuppressWarnings("NullAway")
    MyPreRegistrationView change(@PathVariable String offeringId, @Valid @RequestBody SeatsRequest request) {
        return MyPreRegistrationView.of(preRegistrations.change(offeringId, request.seats(), Actors.current()));
    }

    @PostMapping("/pre-registrations/mine/commit")
    @Operation(summary = "Commit (bind) the caller's pre-registration; again → 200, unchanged")
    MyPreRegistrationView commit(@PathVariable String offeringId) {
        return MyPreRegistrationView.of(preRegistrations.commit(offeringId, Actors.current()));
    }

    @DeleteMapping("/pre-registrations/mine")
    @Operation(summary = "Cancel the caller's pre-registration, committed or not, before the deadline: frees its seats")
    MyPreRegistrationView cancel(@PathVariable String offeringId) {
        return MyPreRegistrationView.of(preRegistrations.cancel(offeringId, Actors.current()));
    }

    @GetMapping("/pre-registrations/mine")
    @Operation(summary = "The caller's organisation's pre-registration, with capacity and free seats")
    MyPreRegistrationView mine(@PathVariable String offeringId) {
        return MyPreRegistrationView.of(preRegistrations.mine(offeringId, Actors.current()));
    }

    @GetMapping("/pre-registrations")
    @Operation(summary = "Every organisation's pre-registration and the totals: the provider and the coordinator only")
    SeatsView list(@PathVariable String offeringId) {
        return SeatsView.withList(preRegistrations.list(offeringId, Actors.current()));
    }

    @GetMapping("/seats")
    @Operation(summary = "Capacity, held, committed and free seats of an offering (any organisation)")
    SeatsView seats(@PathVariable String offeringId) {
        return SeatsView.totalsOnly(preRegistrations.seats(offeringId, Actors.current()));
    }
}
