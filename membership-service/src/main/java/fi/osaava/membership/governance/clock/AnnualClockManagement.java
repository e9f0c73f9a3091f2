package fi.osaava.membership.governance.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.ecosystem.EcosystemManagement;
import fi.osaava.membership.governance.GovernanceAccess;
import fi.osaava.membership.governance.Helsinki;
import fi.osaava.membership.organisation.OrganisationLookup;

/**
 * An ecosystem's annual clock: its coordinator keeps the entries, anyone reads the year's occurrences, and
 * {@link #remindDue()} raises each occurrence's reminder once when its day comes.
 */
@Service
public class AnnualClockManagement {

    private static final Logger log = LoggerFactory.getLogger(AnnualClockManagement.class);

    private final AnnualClockEntries entries;
    private final AnnualClockReminders reminders;
    private final EcosystemManagement ecosystems;
    private final GovernanceAccess access;
    private final OrganisationLookup organisations;
    private final Clock clock;

    AnnualClockManagement(AnnualClockEntries entries, AnnualClockReminders reminders, EcosystemManagement ecosystems,
                          GovernanceAccess access, OrganisationLookup organisations, Clock clock) {
        this.entries = entries;
        this.reminders = reminders;
        this.ecosystems = ecosystems;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The ecosystem's coordinator only ({@link GovernanceAccess}); the details are read once the actor may, so an
     * outsider gets 403, not a description of the body.
     */
    public AnnualClockEntry add(String ecosystemId, Supplier<EntryDetails> detailsOfRequest, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        EntryDetails details = detailsOfRequest.get();
        requireKnownOrganisation(details.responsibleOrganisationId());
        return entries.insert(AnnualClockEntry.add(ecosystemId, details, clock.instant()));
    }

    public AnnualClockEntry change(String ecosystemId, String entryId, Supplier<EntryDetails> detailsOfRequest,
                                   Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        EntryDetails details = detailsOfRequest.get();
        requireKnownOrganisation(details.responsibleOrganisationId());
        return OptimisticRetry.run(() -> {
            AnnualClockEntry entry = get(ecosystemId, entryId);
            entry.change(details, clock.instant());
            return entries.save(entry);
        });
    }

    public AnnualClockEntry retire(String ecosystemId, String entryId, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        return OptimisticRetry.run(() -> {
            AnnualClockEntry entry = get(ecosystemId, entryId);
            entry.retire(clock.instant());
            return entries.save(entry);
        });
    }

    public AnnualClockEntry get(String ecosystemId, String entryId) {
        return entries.findById(entryId).filter(entry -> entry.ecosystemId().equals(ecosystemId))
                .orElseThrow(() -> new NotFoundException("Annual-clock entry", entryId));
    }

    /** Every entry, retired ones too. */
    public List<AnnualClockEntry> entries(String ecosystemId) {
        ecosystems.get(ecosystemId);
        return entries.findByEcosystemId(ecosystemId).stream()
                .sorted(Comparator.comparing((AnnualClockEntry entry) -> entry.details().recurrence().month())
                        .thenComparing(entry -> entry.details().title().fi()))
                .toList();
    }

    /** The active entries' occurrences that start in {@code year}, in date order. */
    public List<ClockOccurrence> clock(String ecosystemId, int year) {
        ecosystems.get(ecosystemId);
        return entries.findByEcosystemIdAndStatus(ecosystemId, EntryStatus.ACTIVE).stream()
                .map(entry -> new ClockOccurrence(entry, entry.occurrenceIn(year)))
                .sorted(Comparator.comparing((ClockOccurrence o) -> o.occurrence().startsOn())
                        .thenComparing(o -> o.occurrence().endsOn())
                        .thenComparing(o -> o.entry().details().title().fi()))
                .toList();
    }

    /**
     * Reminds of every occurrence of an active entry that is due today (Finnish date) and not yet reminded of.
     * Safe to run on several instances at once and again after a restart: each reminder is one insert under
     * a unique id. Looks at the occurrences starting last year (a range still running), this year and next
     * year (reminded of before the turn of the year).
     *
     * @return how many reminders this run raised
     */
    public int remindDue() {
        Instant now = clock.instant();
        LocalDate today = Helsinki.today(clock);
        int raised = 0;
        for (AnnualClockEntry entry : entries.findByStatus(EntryStatus.ACTIVE)) {
            for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
                Occurrence occurrence = entry.occurrenceIn(year);
                if (occurrence.isDue(today, entry.details().remindDaysBefore()) && remind(entry, occurrence, now)) {
                    raised++;
                }
            }
        }
        if (raised > 0) {
            log.info("Raised {} annual-clock reminder(s)", raised);
        }
        return raised;
    }

    private boolean remind(AnnualClockEntry entry, Occurrence occurrence, Instant now) {
        if (reminders.existsById(AnnualClockReminder.idOf(entry.id(), occurrence))) {
            return false; // the common case, answered without a failing write; the insert below decides races
        }
        try {
            reminders.insert(AnnualClockReminder.of(entry, occurrence, now));
            return true;
        } catch (DuplicateKeyException alreadyReminded) {
            return false;
        }
    }

    private void requireKnownOrganisation(String organisationId) {
        if (!organisations.exists(organisationId)) {
            throw new InvalidFieldException("responsibleOrganisationId", "names no member organisation");
        }
    }
}
