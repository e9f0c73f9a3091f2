package fi.osaava.membership.governance.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.domain.ConflictException;
import fi.osaava.membership.governance.LocalisedText;

class AnnualClockEntryTest {

    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    static EntryDetails survey(int remindDaysBefore) {
        return new EntryDetails(new LocalisedText("Osaamistarvekysely avautuu", null, "Needs survey opens"),
                "Kysely ydintoimijoille", "pshva", Recurrence.range(1, 15, 2, 15), remindDaysBefore);
    }

    @Test
    void aRetiredEntryIsKeptAsItWas() {
        AnnualClockEntry entry = AnnualClockEntry.add("pohjois-savo", survey(14), NOW);
        entry.retire(NOW);

        assertThat(entry.status()).isEqualTo(EntryStatus.RETIRED);
        assertThatThrownBy(() -> entry.change(survey(7), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> entry.retire(NOW)).isInstanceOf(ConflictException.class);
        assertThat(entry.details().remindDaysBefore()).isEqualTo(14);
    }

    @Test
    void aReminderIsKeyedByEntryAndOccurrenceAndCarriesItsDueEvent() {
        AnnualClockEntry entry = AnnualClockEntry.add("pohjois-savo", survey(14), NOW);
        Occurrence occurrence = entry.occurrenceIn(2027);

        AnnualClockReminder reminder = AnnualClockReminder.of(entry, occurrence, NOW);

        assertThat(reminder.id()).isEqualTo(entry.id() + "/2027-01-15");
        assertThat(reminder.occurrence().endsOn()).isEqualTo(LocalDate.parse("2027-02-15"));
        assertThat(reminder.aggregateId()).isEqualTo(entry.id());
        assertThat(reminder.raisedEvents()).singleElement().isInstanceOfSatisfying(EntryCameDue.class, due -> {
            assertThat(due.entryId()).isEqualTo(entry.id());
            assertThat(due.startsOn()).isEqualTo(LocalDate.parse("2027-01-15"));
            assertThat(due.remindOn()).isEqualTo(LocalDate.parse("2027-01-01"));
            assertThat(due.timeZone()).isEqualTo("Europe/Helsinki");
        });
    }
}
