package fi.osaava.membership.organisation.web;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.kit.web.RequestBodies;
import fi.osaava.membership.organisation.OrganisationManagement;
import fi.osaava.membership.organisation.ParticipationDecision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Taking part in an ecosystem: the public application, and the decisions of the ecosystem's coordinator
 * (its coordinator organisation, or the platform coordinator). Leaving is also the organisation's own.
 */
@RestController
@RequestMapping("/api/ecosystems/{ecosystemId}")
@Tag(name = "Participations")
class ParticipationController {

    /** The same answer whatever the business id turned out to be: the caller is anonymous. */
    record Received(String ecosystemId, String status, String detail) {
    }

    private final OrganisationManagement organisations;
    private final RequestBodies bodies;

    ParticipationController(OrganisationManagement organisations, RequestBodies bodies) {
        this.organisations = organisations;
        this.bodies = bodies;
    }

    @PostMapping("/applications")
    @Operation(summary = "Apply to the ecosystem (public, no account; rate-limited per address). 202 with the same "
            + "answer for a new and an already registered business id; the coordinator decides")
    ResponseEntity<Received> apply(@PathVariable String ecosystemId, @Valid @RequestBody ApplicationRequest request) {
        organisations.apply(request.toProfile(), request.toApplication(ecosystemId), request.toContact());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Received(ecosystemId, "RECEIVED",
                "The ecosystem's coordinator decides on the application and answers by e-mail"));
    }

    @GetMapping("/applications")
    @Operation(summary = "Pending applications, oldest first (the ecosystem's coordinator)")
    List<ApplicationView> pending(@PathVariable String ecosystemId, Pageable page) {
        return organisations.pendingApplications(ecosystemId, Actors.current(), page).stream()
                .map(o -> ApplicationView.of(o, o.findParticipation(ecosystemId).orElseThrow())).toList();
    }

    @PostMapping("/participations/{organisationId}/approve")
    @Operation(summary = "Approve an application, with the ring and roles (the ecosystem's coordinator)")
    ParticipationView approve(@PathVariable String ecosystemId, @PathVariable String organisationId,
                              @RequestBody DecisionRequests.Approval body) {
        return view(ecosystemId, organisations.approve(ecosystemId, organisationId, () -> approval(body),
                Actors.current()));
    }

    @PostMapping("/participations/{organisationId}/reject")
    @Operation(summary = "Reject an application, with the reason (the ecosystem's coordinator)")
    ParticipationView reject(@PathVariable String ecosystemId, @PathVariable String organisationId,
                             @RequestBody DecisionRequests.Reason body) {
        return view(ecosystemId, organisations.reject(ecosystemId, organisationId, () -> bodies.valid(body).text(),
                Actors.current()));
    }

    @PostMapping("/participations/{organisationId}/suspend")
    @Operation(summary = "Suspend an active participant, with the reason (the ecosystem's coordinator)")
    ParticipationView suspend(@PathVariable String ecosystemId, @PathVariable String organisationId,
                              @RequestBody DecisionRequests.Reason body) {
        return view(ecosystemId, organisations.suspend(ecosystemId, organisationId, () -> bodies.valid(body).text(),
                Actors.current()));
    }

    @PostMapping("/participations/{organisationId}/reinstate")
    @Operation(summary = "Reinstate a suspended participant (the ecosystem's coordinator)")
    ParticipationView reinstate(@PathVariable String ecosystemId, @PathVariable String organisationId) {
        return view(ecosystemId, organisations.reinstate(ecosystemId, organisationId, Actors.current()));
    }

    @PostMapping("/participations/{organisationId}/leave")
    @Operation(summary = "Leave the ecosystem (the organisation itself or the ecosystem's coordinator)")
    ParticipationView leave(@PathVariable String ecosystemId, @PathVariable String organisationId) {
        return view(ecosystemId, organisations.leave(ecosystemId, organisationId, Actors.current()));
    }

    @SuppressWarnings("NullAway")
    private ParticipationDecision approval(DecisionRequests.Approval body) {
        DecisionRequests.Approval request = bodies.valid(body);
        return new ParticipationDecision(request.ring(), request.rolesOrNone());
    }

    private static ParticipationView view(String ecosystemId, fi.osaava.membership.organisation.Organisation organisation) {
        return ParticipationView.of(organisation.findParticipation(ecosystemId).orElseThrow());
    }
}
