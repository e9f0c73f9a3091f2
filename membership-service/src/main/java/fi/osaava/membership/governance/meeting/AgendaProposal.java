package fi.osaava.membership.governance.meeting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An item a core actor asks to bring to a meeting; the coordinator accepts it onto the agenda or declines it. */
public record AgendaProposal(String proposalId, String organisationId, String title, String description,
                             ProposalStatus status, @Nullable String agendaItemId, @Nullable String declineReason,
                             Instant proposedAt, @Nullable Instant decidedAt) {

    AgendaProposal accepted(String itemId, Instant now) {
        return new AgendaProposal(proposalId, organisationId, title, description, ProposalStatus.ACCEPTED, itemId,
                null, proposedAt, now);
    }

    AgendaProposal declined(String reason, Instant now) {
        return new AgendaProposal(proposalId, organisationId, title, description, ProposalStatus.DECLINED, null,
                reason, proposedAt, now);
    }
}
