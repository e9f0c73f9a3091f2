package fi.osaava.membership.governance.clock;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.time.LocalDate;

import fi.osaava.membership.governance.LocalisedText;

/** Body of {@value #TYPE} on {@code membership.governance.v1}, key = entryId; schema in infra/contracts. */
@EventType(EntryCameDue.TYPE)
public record EntryCameDue(String entryId, String ecosystemId, LocalisedText title, String description,
                           String responsibleOrganisationId, LocalDate startsOn, LocalDate endsOn, LocalDate remindOn,
                           int remindDaysBefore, String timeZone, Instant remindedAt) {

    public static final String TYPE = "fi.osaava.membership.annual-clock.entry-due.v1";
}
