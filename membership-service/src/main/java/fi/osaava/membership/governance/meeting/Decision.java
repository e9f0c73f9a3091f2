package fi.osaava.membership.governance.meeting;

import org.jspecify.annotations.Nullable;

/** What a held meeting decided, under one of its agenda items or on the meeting as a whole. */
public record Decision(String decisionId, @Nullable String agendaItemId, String text) {
}
