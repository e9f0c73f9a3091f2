package fi.osaava.membership.governance.web;

import java.time.LocalDate;
import java.util.List;

import fi.osaava.membership.governance.Helsinki;
import fi.osaava.membership.governance.LocalisedText;
import fi.osaava.membership.governance.clock.ClockOccurrence;

/** A year of an ecosystem's annual clock; dates are Finnish calendar dates, both ends included. */
record AnnualClockView(String ecosystemId, int year, String timeZone, List<OccurrenceView> occurrences) {

    record OccurrenceView(String entryId, LocalisedText title, String description, String responsibleOrganisationId,
                          LocalDate startsOn, LocalDate endsOn, LocalDate remindOn) {
    }

    static AnnualClockView of(String ecosystemId, int year, List<ClockOccurrence> occurrences) {
        return new AnnualClockView(ecosystemId, year, Helsinki.ZONE.getId(), occurrences.stream()
                .map(o -> new OccurrenceView(o.entry().id(), o.entry().details().title(), o.entry().details().description(),
                        o.entry().details().responsibleOrganisationId(), o.occurrence().startsOn(),
                        o.occurrence().endsOn(), o.remindOn()))
                .toList());
    }
}
