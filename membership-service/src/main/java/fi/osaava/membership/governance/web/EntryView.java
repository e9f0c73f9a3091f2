package fi.osaava.membership.governance.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.governance.LocalisedText;
import fi.osaava.membership.governance.clock.AnnualClockEntry;
import fi.osaava.membership.governance.clock.EntryStatus;
import fi.osaava.membership.governance.clock.Recurrence;

record EntryView(String entryId, String ecosystemId, LocalisedText title, String description,
                 String responsibleOrganisationId, Recurrence recurrence, int remindDaysBefore, EntryStatus status,
                 Instant createdAt, @Nullable Instant updatedAt) {

    static EntryView of(AnnualClockEntry entry) {
        var details = entry.details();
        return new EntryView(entry.id(), entry.ecosystemId(), details.title(), details.description(),
                details.responsibleOrganisationId(), details.recurrence(), details.remindDaysBefore(), entry.status(),
                entry.createdAt(), entry.updatedAt());
    }
}
