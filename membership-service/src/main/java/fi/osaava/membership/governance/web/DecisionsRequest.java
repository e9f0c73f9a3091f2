package fi.osaava.membership.governance.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.governance.meeting.Decision;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** What a held meeting decided, each decision under an agenda item of the meeting or none. */
record DecisionsRequest(@NotEmpty @Size(max = 100) @Nullable List<@Valid DecisionRequest> decisions) {

    record DecisionRequest(@Size(max = 100) @Nullable String agendaItemId,
                           @NotBlank @Size(max = 4000) @Nullable String text) {
    }

    @SuppressWarnings("NullAway")
    List<Decision> toDecisions() {
        return decisions.stream().map(d -> new Decision(UUID.randomUUID().toString(),
                MeetingRequest.blankToNull(d.agendaItemId()), d.text().strip())).toList();
    }
}
