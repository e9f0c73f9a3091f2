package fi.osaava.membership.governance.clock;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.domain.ConflictException;

/**
 * A recurring item of an ecosystem's annual clock (vuosikello), e.g. "the needs survey opens in January" or
 * "foresight session in October": who is responsible, when it comes round and how early to remind of it.
 */
@Document("annual-clock-entries")
public class AnnualClockEntry {

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed
    private String ecosystemId;
    private EntryDetails details;
    private EntryStatus status;
    private Instant createdAt;
    private @Nullable Instant updatedAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private AnnualClockEntry() {
    }

    private AnnualClockEntry(String ecosystemId, EntryDetails details, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.ecosystemId = ecosystemId;
        this.details = details;
        this.status = EntryStatus.ACTIVE;
        this.createdAt = now;
    }

    public static AnnualClockEntry add(String ecosystemId, EntryDetails details, Instant now) {
        return new AnnualClockEntry(ecosystemId, details, now);
    }

    /** A retired entry is kept as it was. */
    public void change(EntryDetails details, Instant now) {
        requireActive();
        this.details = details;
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        requireActive();
        this.status = EntryStatus.RETIRED;
        this.updatedAt = now;
    }

    public Occurrence occurrenceIn(int year) {
        return details.recurrence().in(year);
    }

    private void requireActive() {
        if (status != EntryStatus.ACTIVE) {
            throw new ConflictException("Annual-clock entry " + id + " is retired");
        }
    }

    public String id() {
        return id;
    }

    public String ecosystemId() {
        return ecosystemId;
    }

    public EntryDetails details() {
        return details;
    }

    public EntryStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }
}
