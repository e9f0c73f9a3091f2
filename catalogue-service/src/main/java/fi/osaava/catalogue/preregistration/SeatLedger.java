package fi.osaava.catalogue.preregistration;

import fi.osaava.kit.domain.NotPermittedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;

/**
 * The seats of one funded offering: its capacity, the seats held, and every organisation's pre-registration,
 * with their events — all in one document (id = the offering's id), so a step and its event are one atomic
 * write and the capacity rule is checked against one consistent state. {@link SeatLedgers} writes a changed
 * ledger only if the stored one is still exactly what the step was decided on ({@link #asRead()}), so concurrent
 * steps are serialised and seats can never be held beyond the capacity.
 */
@Document(SeatLedger.COLLECTION)
public class SeatLedger extends OutboxAggregate {

    static final String COLLECTION = "seat_ledgers";

    @Id
    private String id;
    private String providerOrganisationId;
    private @Nullable Integer capacity;
    private int reservedSeats;
    private int committedSeats;
    private long revision;
    private List<PreRegistration> preRegistrations = new ArrayList<>();
    private @Nullable Instant updatedAt;
    @Transient
    private @Nullable AsRead asRead;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private SeatLedger() {
    }

    private SeatLedger(String offeringId, String providerOrganisationId) {
        this.id = offeringId;
        this.providerOrganisationId = providerOrganisationId;
    }

    /** The ledger of an offering nobody has pre-registered to yet (not stored until its first step). */
    public static SeatLedger empty(OfferingTerms terms) {
        SeatLedger ledger = new SeatLedger(terms.offeringId(), terms.providerOrganisationId());
        ledger.capacity = terms.capacity();
        return ledger;
    }

    /**
     * New seats for an organisation that holds none here. Asking again for the same seats is answered with the
     * pre-registration it already has (nothing changes, so a retried request never books twice); asking for
     * another number is a conflict: that is a change.
     */
    public Step register(OfferingTerms terms, String organisationId, int seats, Instant now, ActedBy actedBy) {
        requireOpen(terms, now);
        requireNotProvider(terms, organisationId);
        requireSeats(seats);
        Optional<PreRegistration> active = active(organisationId);
        if (active.isPresent()) {
            PreRegistration existing = active.get();
            if (existing.seats() == seats) {
                return new Step(existing, false);
            }
            throw new ConflictException("Your organisation already holds " + existing.seats() + " seat(s) here ("
                    + existing.status() + "); change the number with PUT /api/offerings/" + id
                    + "/pre-registrations/mine");
        }
        requireFree(seats);
        PreRegistration created = new PreRegistration(UUID.randomUUID().toString(), organisationId, seats,
                PreRegistrationStatus.PRE_REGISTERED, now, now, null, null, actedBy.subject());
        preRegistrations.add(created);
        reservedSeats += seats;
        touch(now);
        raise(new PreRegistered(id, providerOrganisationId, created.id(), organisationId, seats,
                reservedSeats, committedSeats, capacity, now, actedBy), now);
        return new Step(created, true);
    }

    /** Another number of seats for a pre-registration not committed yet; more seats only while they are free. */
    public Step change(OfferingTerms terms, String organisationId, int seats, Instant now, ActedBy actedBy) {
        requireOpen(terms, now);
        requireSeats(seats);
        PreRegistration existing = requireActive(organisationId);
        if (existing.status() == PreRegistrationStatus.COMMITTED) {
            throw new ConflictException("Your " + existing.seats() + " seat(s) are COMMITTED, which is binding; "
                    + "they can only be cancelled as a whole before the deadline");
        }
        if (existing.seats() == seats) {
            return new Step(existing, false);
        }
        int delta = seats - existing.seats();
        if (delta > 0) {
            requireFree(delta);
        }
        PreRegistration changed = existing.withSeats(seats, now, actedBy.subject());
        replace(existing, changed);
        reservedSeats += delta;
        touch(now);
        raise(new PreRegistrationChanged(id, providerOrganisationId, changed.id(),
                organisationId, seats, existing.seats(), reservedSeats, committedSeats, capacity, now, actedBy), now);
        return new Step(changed, true);
    }

    /** Binds the organisation to its seats; committing again changes nothing. */
    public Step commit(OfferingTerms terms, String organisationId, Instant now, ActedBy actedBy) {
        requireOpen(terms, now);
        PreRegistration existing = requireActive(organisationId);
        if (existing.status() == PreRegistrationStatus.COMMITTED) {
            return new Step(existing, false);
        }
        PreRegistration committed = existing.committed(now, actedBy.subject());
        replace(existing, committed);
        committedSeats += committed.seats();
        touch(now);
        raise(new PreRegistrationCommitted(id, providerOrganisationId, committed.id(),
                organisationId, committed.seats(), reservedSeats, committedSeats, capacity, now, actedBy), now);
        return new Step(committed, true);
    }

    /**
     * Frees the seats, committed or not, until the deadline; after it the list is what the provider plans by.
     * Allowed even when the offering was withdrawn or is no longer funded: nobody should be held to seats there.
     */
    public Step cancel(OfferingTerms terms, String organisationId, Instant now, ActedBy actedBy) {
        requireBeforeDeadline(terms, now);
        PreRegistration existing = requireActive(organisationId);
        boolean wasCommitted = existing.status() == PreRegistrationStatus.COMMITTED;
        PreRegistration cancelled = existing.cancelled(now, actedBy.subject());
        replace(existing, cancelled);
        reservedSeats -= existing.seats();
        if (wasCommitted) {
            committedSeats -= existing.seats();
        }
        touch(now);
        raise(new PreRegistrationCancelled(id, providerOrganisationId, cancelled.id(),
                organisationId, cancelled.seats(), wasCommitted, reservedSeats, committedSeats, capacity, now,
                actedBy), now);
        return new Step(cancelled, true);
    }

    /** Follows the offering's current capacity; lowering it below the held seats cancels nobody, it only blocks. */
    public void adopt(OfferingTerms terms) {
        capacity = terms.capacity();
    }

    /** Seats still free; null when the capacity is unlimited. */
    public @Nullable Integer freeSeats() {
        return capacity == null ? null : Math.max(0, capacity - reservedSeats);
    }

    /** The organisation's pre-registration that holds seats, or else its latest cancelled one. */
    public Optional<PreRegistration> latestOf(String organisationId) {
        return active(organisationId).or(() -> preRegistrations.stream()
                .filter(p -> p.organisationId().equals(organisationId))
                .max(Comparator.comparing(PreRegistration::updatedAt)));
    }

    private Optional<PreRegistration> active(String organisationId) {
        return preRegistrations.stream()
                .filter(p -> p.organisationId().equals(organisationId) && p.isActive())
                .findFirst();
    }

    private PreRegistration requireActive(String organisationId) {
        return active(organisationId).orElseThrow(
                () -> new NotFoundException("A pre-registration of your organisation on offering", id));
    }

    private void requireFree(int seats) {
        Integer free = freeSeats();
        if (free != null && seats > free) {
            throw new ConflictException(free == 0 ? "The offering is full: no seats left (capacity " + capacity + ")"
                    : "Only " + free + " seat(s) left; asked for " + seats);
        }
    }

    private static void requireSeats(int seats) {
        if (seats < 1) {
            throw new InvalidFieldException("seats", "must be at least 1");
        }
    }

    private static void requireOpen(OfferingTerms terms, Instant now) {
        if (!OfferingTerms.PUBLISHED.equals(terms.status())) {
            throw new ConflictException("Offering " + terms.offeringId() + " is " + terms.status()
                    + "; pre-registration is open only for PUBLISHED offerings");
        }
        if (!OfferingTerms.FUNDED.equals(terms.pricingKind())) {
            throw new ConflictException("Offering " + terms.offeringId() + " is "
                    + (terms.pricingKind() == null ? "not priced" : terms.pricingKind())
                    + "; only FUNDED offerings take pre-registrations");
        }
        requireBeforeDeadline(terms, now);
    }

    private static void requireBeforeDeadline(OfferingTerms terms, Instant now) {
        if (terms.deadlinePassed(now)) {
            throw new ConflictException("The registration deadline of offering " + terms.offeringId() + " was "
                    + terms.deadline() + "; pre-registrations can no longer be made, changed, committed or cancelled");
        }
    }

    private static void requireNotProvider(OfferingTerms terms, String organisationId) {
        if (terms.providedBy(organisationId)) {
            throw new NotPermittedException("The provider of an offering does not pre-register to it");
        }
    }

    private void replace(PreRegistration old, PreRegistration updated) {
        preRegistrations.set(preRegistrations.indexOf(old), updated);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    /** The write protocol of {@link SeatLedgers}: the state as it was read, before any step changed it. */
    void markRead() {
        asRead = new AsRead(revision, reservedSeats, committedSeats, List.copyOf(preRegistrations));
    }

    /** The state this ledger was read in; empty for a ledger that is not stored yet. */
    Optional<AsRead> asRead() {
        return Optional.ofNullable(asRead);
    }

    long revision() {
        return revision;
    }

    void advanceRevision() {
        revision++;
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String offeringId() {
        return id;
    }

    public String providerOrganisationId() {
        return providerOrganisationId;
    }

    public @Nullable Integer capacity() {
        return capacity;
    }

    public int reservedSeats() {
        return reservedSeats;
    }

    public int committedSeats() {
        return committedSeats;
    }

    public List<PreRegistration> preRegistrations() {
        return List.copyOf(preRegistrations);
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }

    /** The stored fields a step decides on and writes, as they were read. */
    record AsRead(long revision, int reservedSeats, int committedSeats, List<PreRegistration> preRegistrations) {
    }

    /** What a step did: the pre-registration after it, and whether anything changed (false = a repeat). */
    public record Step(PreRegistration preRegistration, boolean changed) {
    }
}
