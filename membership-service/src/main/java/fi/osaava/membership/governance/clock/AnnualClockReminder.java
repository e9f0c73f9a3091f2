package fi.osaava.membership.governance.clock;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.membership.governance.Helsinki;

/**
 * That one occurrence of an entry has been reminded of. Its id is entry and occurrence together, so
 * inserting it is the atomic "remind unless already reminded": a second insert, from a second run or a
 * second instance, fails on the unique id and raises nothing. Its event travels in the same insert.
 */
@Document("annual-clock-reminders")
public class AnnualClockReminder extends OutboxAggregate {

    @Id
    private String id;
    private String entryId;
    private String ecosystemId;
    private Occurrence occurrence;
    private Instant remindedAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private AnnualClockReminder() {
    }

    private AnnualClockReminder(AnnualClockEntry entry, Occurrence occurrence, Instant now) {
        this.id = idOf(entry.id(), occurrence);
        this.entryId = entry.id();
        this.ecosystemId = entry.ecosystemId();
        this.occurrence = occurrence;
        this.remindedAt = now;
    }

    static AnnualClockReminder of(AnnualClockEntry entry, Occurrence occurrence, Instant now) {
        AnnualClockReminder reminder = new AnnualClockReminder(entry, occurrence, now);
        EntryDetails details = entry.details();
        reminder.raise(new EntryCameDue(entry.id(), entry.ecosystemId(), details.title(),
                details.description(), details.responsibleOrganisationId(), occurrence.startsOn(), occurrence.endsOn(),
                occurrence.remindOn(details.remindDaysBefore()), details.remindDaysBefore(), Helsinki.ZONE.getId(), now),
                now);
        return reminder;
    }

    static String idOf(String entryId, Occurrence occurrence) {
        return entryId + "/" + occurrence.startsOn();
    }

    /** The entry: one entry's reminders keep their order on the topic. */
    @Override
    protected String aggregateId() {
        return entryId;
    }

    public String id() {
        return id;
    }

    public String ecosystemId() {
        return ecosystemId;
    }

    public Occurrence occurrence() {
        return occurrence;
    }

    public Instant remindedAt() {
        return remindedAt;
    }
}
