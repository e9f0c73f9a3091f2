package fi.osaava.catalogue.preregistration;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fi.osaava.kit.security.Actor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.NotFoundException;

/**
 * Pre-registration and commitment of seats on funded offerings. Every step reads the offering's terms and its
 * seat ledger, applies the ledger's rules and writes the ledger only if the stored one is still the state the
 * step was decided on; if it is not, the step runs again on the fresh state (so its answer — taken, or "only N
 * seats left" — is always true of the state it was written on). Each attempt that loses does so because another
 * one won: no livelock.
 */
@Service
public class PreRegistrationManagement {

    private static final Logger log = LoggerFactory.getLogger(PreRegistrationManagement.class);
    /** Far above what a burst needs: a step loses at most once per write that others manage meanwhile. */
    static final int MAX_ATTEMPTS = 200;

    private final OfferingCatalogue catalogue;
    private final SeatLedgers ledgers;
    private final PreRegistrationAccess access;
    private final Clock clock;
    private final Counter lostWrites;

    PreRegistrationManagement(OfferingCatalogue catalogue, SeatLedgers ledgers, PreRegistrationAccess access,
                              Clock clock, MeterRegistry meters) {
        this.catalogue = catalogue;
        this.ledgers = ledgers;
        this.access = access;
        this.clock = clock;
        this.lostWrites = Counter.builder("osaava.seat-ledger.lost-writes")
                .description("Steps that found their seat ledger changed meanwhile and ran again").register(meters);
    }

    public Outcome register(String offeringId, int seats, Actor actor) {
        return step(offeringId, (ledger, terms) ->
                ledger.register(terms, actor.organisationId(), seats, clock.instant(), actor.actedBy()));
    }

    public Outcome change(String offeringId, int seats, Actor actor) {
        return step(offeringId, (ledger, terms) ->
                ledger.change(terms, actor.organisationId(), seats, clock.instant(), actor.actedBy()));
    }

    public Outcome commit(String offeringId, Actor actor) {
        return step(offeringId, (ledger, terms) ->
                ledger.commit(terms, actor.organisationId(), clock.instant(), actor.actedBy()));
    }

    public Outcome cancel(String offeringId, Actor actor) {
        return step(offeringId, (ledger, terms) ->
                ledger.cancel(terms, actor.organisationId(), clock.instant(), actor.actedBy()));
    }

    /** The whole list with its totals: for the providing organisation and the coordinator only. */
    public SeatLedger list(String offeringId, Actor actor) {
        OfferingTerms terms = visibleTerms(offeringId, actor);
        access.requireSeesAll(terms, actor);
        return ledgerOf(terms);
    }

    /** The caller's organisation's pre-registration (its active one, else its latest cancelled one). */
    public Outcome mine(String offeringId, Actor actor) {
        SeatLedger ledger = ledgerOf(visibleTerms(offeringId, actor));
        PreRegistration own = ledger.latestOf(actor.organisationId()).orElseThrow(
                () -> new NotFoundException("A pre-registration of your organisation on offering", offeringId));
        return new Outcome(ledger, own, false);
    }

    /** Capacity and free seats, for any organisation. */
    public SeatLedger seats(String offeringId, Actor actor) {
        return ledgerOf(visibleTerms(offeringId, actor));
    }

    private Outcome step(String offeringId, LedgerStep step) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            OfferingTerms terms = catalogue.terms(offeringId).filter(t -> !t.isDraft())
                    .orElseThrow(() -> new NotFoundException("Offering", offeringId));
            SeatLedger ledger = ledgerOf(terms);
            SeatLedger.Step done = step.apply(ledger, terms);
            if (!done.changed() || ledgers.saveIfUnchanged(ledger)) {
                return new Outcome(ledger, done.preRegistration(), done.changed());
            }
            lostWrites.increment();
            log.debug("Seat ledger of {} changed meanwhile; attempt {} again", offeringId, attempt);
            // a short random pause spreads out the losers of a burst
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(50_000, 2_000_000));
        }
        throw new ConflictException("The seats of offering " + offeringId + " are changing too fast right now; retry");
    }

    private OfferingTerms visibleTerms(String offeringId, Actor actor) {
        return catalogue.terms(offeringId)
                .filter(t -> access.maySee(t, actor))
                .orElseThrow(() -> new NotFoundException("Offering", offeringId));
    }

    private SeatLedger ledgerOf(OfferingTerms terms) {
        SeatLedger ledger = ledgers.find(terms.offeringId()).orElseGet(() -> SeatLedger.empty(terms));
        ledger.adopt(terms);
        return ledger;
    }

    @FunctionalInterface
    private interface LedgerStep {
        SeatLedger.Step apply(SeatLedger ledger, OfferingTerms terms);
    }

    /** The ledger after a step, the caller's pre-registration, and whether the step changed anything. */
    public record Outcome(SeatLedger ledger, PreRegistration preRegistration, boolean changed) {
    }
}
