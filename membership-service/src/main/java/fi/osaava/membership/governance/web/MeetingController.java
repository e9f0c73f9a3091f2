package fi.osaava.membership.governance.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.web.RequestBodies;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import fi.osaava.membership.governance.meeting.AgendaItem;
import fi.osaava.membership.governance.meeting.AgendaProposal;
import fi.osaava.membership.governance.meeting.AgendaText;
import fi.osaava.membership.governance.meeting.Meeting;
import fi.osaava.membership.governance.meeting.MeetingManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/ecosystems/{ecosystemId}/meetings")
@Tag(name = "Meetings")
class MeetingController {

    private final MeetingManagement meetings;
    private final RequestBodies bodies;

    MeetingController(MeetingManagement meetings, RequestBodies bodies) {
        this.meetings = meetings;
        this.bodies = bodies;
    }

    @PostMapping
    @Operation(summary = "Schedule a meeting: title, start and end, place and/or https link, chair, themes "
            + "(the ecosystem's coordinator)")
    ResponseEntity<MeetingView> schedule(@PathVariable String ecosystemId, @RequestBody MeetingRequest request) {
        Actor actor = Actors.current();
        Meeting meeting = meetings.schedule(ecosystemId, () -> bodies.valid(request).toDetails(), actor);
        return ResponseEntity.created(URI.create("/api/ecosystems/" + ecosystemId + "/meetings/" + meeting.id()))
                .body(view(meeting, actor));
    }

    @GetMapping
    @Operation(summary = "The ecosystem's meetings, the earliest first (members)")
    List<MeetingView> list(@PathVariable String ecosystemId) {
        Actor actor = Actors.current();
        return meetings.list(ecosystemId).stream().map(meeting -> view(meeting, actor)).toList();
    }

    @GetMapping("/{meetingId}")
    @Operation(summary = "One meeting with its agenda and decisions; the coordinator sees every proposal, "
            + "a core actor its own (members)")
    MeetingView get(@PathVariable String ecosystemId, @PathVariable String meetingId) {
        return view(meetings.get(ecosystemId, meetingId), Actors.current());
    }

    @PostMapping("/{meetingId}/agenda-items")
    @Operation(summary = "Add an agenda item while the agenda is open (the ecosystem's coordinator); 409 after publishing")
    ResponseEntity<AgendaItem> addAgendaItem(@PathVariable String ecosystemId, @PathVariable String meetingId,
                                             @RequestBody AgendaItemRequest request) {
        return ResponseEntity.status(201).body(meetings.addAgendaItem(ecosystemId, meetingId, () -> text(request),
                Actors.current()));
    }

    @PostMapping("/{meetingId}/agenda-proposals")
    @Operation(summary = "Propose an agenda item (a core actor of the ecosystem; others 403) until the agenda "
            + "is published (then 409)")
    ResponseEntity<AgendaProposal> propose(@PathVariable String ecosystemId, @PathVariable String meetingId,
                                           @RequestBody AgendaItemRequest request) {
        return ResponseEntity.status(201).body(meetings.propose(ecosystemId, meetingId, () -> text(request),
                Actors.current()));
    }

    @PostMapping("/{meetingId}/agenda-proposals/{proposalId}/accept")
    @Operation(summary = "Accept a proposal: it becomes an agenda item (the ecosystem's coordinator)")
    AgendaItem accept(@PathVariable String ecosystemId, @PathVariable String meetingId, @PathVariable String proposalId) {
        return meetings.acceptProposal(ecosystemId, meetingId, proposalId, Actors.current());
    }

    @PostMapping("/{meetingId}/agenda-proposals/{proposalId}/decline")
    @Operation(summary = "Decline a proposal with the reason (the ecosystem's coordinator)")
    AgendaProposal decline(@PathVariable String ecosystemId, @PathVariable String meetingId,
                           @PathVariable String proposalId, @RequestBody ReasonRequest request) {
        return meetings.declineProposal(ecosystemId, meetingId, proposalId, () -> bodies.valid(request).cleanReason(),
                Actors.current());
    }

    @PostMapping("/{meetingId}/publish-agenda")
    @Operation(summary = "Publish the agenda, once every proposal is accepted or declined (the ecosystem's coordinator)")
    MeetingView publishAgenda(@PathVariable String ecosystemId, @PathVariable String meetingId) {
        Actor actor = Actors.current();
        return view(meetings.publishAgenda(ecosystemId, meetingId, actor), actor);
    }

    @PostMapping("/{meetingId}/decisions")
    @Operation(summary = "Record the decisions of a meeting that has begun: it is then held (the ecosystem's coordinator)")
    MeetingView recordDecisions(@PathVariable String ecosystemId, @PathVariable String meetingId,
                                @RequestBody DecisionsRequest request) {
        Actor actor = Actors.current();
        return view(meetings.recordDecisions(ecosystemId, meetingId, () -> bodies.valid(request).toDecisions(), actor),
                actor);
    }

    @PostMapping("/{meetingId}/cancel")
    @Operation(summary = "Cancel a meeting not yet held, with the reason (the ecosystem's coordinator)")
    MeetingView cancel(@PathVariable String ecosystemId, @PathVariable String meetingId,
                       @RequestBody ReasonRequest request) {
        Actor actor = Actors.current();
        return view(meetings.cancel(ecosystemId, meetingId, () -> bodies.valid(request).cleanReason(), actor), actor);
    }

    private AgendaText text(AgendaItemRequest request) {
        AgendaItemRequest item = bodies.valid(request);
        return new AgendaText(item.cleanTitle(), item.cleanDescription());
    }

    private MeetingView view(Meeting meeting, Actor actor) {
        return MeetingView.of(meeting, meetings.proposalsSeenBy(meeting, actor));
    }
}
