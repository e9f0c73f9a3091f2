package fi.osaava.needs.need;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;

/**
 * Use cases of a competence need. Each one is a single-document write: state and events together.
 * <p>
 * <b>Coverage flows one way.</b> The coverage feature owns the offerings' read model and {@code CoveragePolicy};
 * this feature asks it, through {@link OfferingCoverage}, and never the other way round. A need's coverage is
 * computed <em>before</em> the need is saved, so publishing or correcting a need whose offering is already in the
 * tray is one write of the need (COVERED at once, with its events) inside one optimistic retry. When an offering
 * arrives or ends, the coverage feature finds the needs it may change ({@link NeedLookup}), computes each one's
 * coverage and hands it to {@link #applyCoverage}: one call and at most one write per need.
 */
@Service
public class NeedManagement {

    private final Needs needs;
    private final OfferingCoverage coverage;
    private final NeedAccess access;
    private final Clock clock;
    private final NeedReads reads;
    private final SimilarNeedsPolicy similarity = new SimilarNeedsPolicy(ReferenceData.get());

    NeedManagement(Needs needs, OfferingCoverage coverage, NeedAccess access, Clock clock, NeedReads reads) {
        this.needs = needs;
        this.reads = reads;
        this.coverage = coverage;
        this.access = access;
        this.clock = clock;
    }

    /** Open needs like the one the organisation is about to report, most alike first. */
    public List<SimilarNeed> similarTo(List<String> competenceAreas, String region, TargetGroup targetGroup, int limit) {
        return needs.findByStatusInAndCompetenceAreasIn(NeedStatus.OPEN, similarity.vocabulary().related(competenceAreas))
                .stream()
                .flatMap(candidate -> similarity.compare(competenceAreas, region, targetGroup, candidate).stream())
                .sorted(SimilarNeedsPolicy.order())
                .limit(limit)
                .toList();
    }

    /**
     * The gap list: published needs that nothing covers yet (PUBLISHED or ANSWERED; some may be covered in
     * part), the coordinator's HIGH priority first, then by total demand, then the oldest first.
     */
    public List<CompetenceNeed> gaps(NeedFilter filter) {
        NeedFilter uncovered = new NeedFilter(EnumSet.of(NeedStatus.PUBLISHED, NeedStatus.ANSWERED),
                filter.competenceAreas(), filter.region(), filter.targetGroup(), filter.horizon(), filter.priority(), null);
        return reads.read(List.of("gaps", uncovered), () -> needs.findVisible(uncovered, "", Pageable.unpaged()).stream()
                .sorted(PlanningOrder.PRIORITY_ORDER)
                .toList());
    }

    /** The draft's reporting organisation is the acting one: the caller's token decides, never the body. */
    public CompetenceNeed create(NeedDraft draft, boolean publishNow, ActedBy actedBy) {
        CompetenceNeed need = CompetenceNeed.draft(draft, clock.instant());
        if (publishNow) {
            need.publish(clock.instant(), actedBy);
            coverNow(need);
        }
        CompetenceNeed created = needs.insert(need);
        return publishNow ? withOfferingsStoredMeanwhile(created) : created;
    }

    /** Only the reporting organisation may publish ({@link NeedAccess#requireReporter}). */
    public CompetenceNeed publish(String id, ActedBy actedBy) {
        return withOfferingsStoredMeanwhile(modify(id, reporter(actedBy), need -> {
            need.publish(clock.instant(), actedBy);
            coverNow(need);
        }));
    }

    /** The reporter corrects its need; coverage follows the new content. */
    public CompetenceNeed update(String id, NeedDraft draft, ActedBy actedBy) {
        return withOfferingsStoredMeanwhile(modify(id, reporter(actedBy), need -> {
            need.update(draft, clock.instant(), actedBy);
            coverNow(need);
        }));
    }

    /** The need's coverage from the offerings published now, set before the need is saved. */
    private void coverNow(CompetenceNeed need) {
        need.coverWith(coverage.coveringOfferingsOf(need), clock.instant());
    }

    /**
     * An offering stored after the need's coverage was computed, whose handler looked for needs before the need was
     * written, found nothing to cover. So the offerings are asked once more after the write (a read of the offerings,
     * not of the need): the need is written again only in that rare case, when the answer differs.
     */
    private CompetenceNeed withOfferingsStoredMeanwhile(CompetenceNeed written) {
        if (!written.status().isOpen() || coverage.coveringOfferingsOf(written).equals(written.coveringOfferings())) {
            return written;
        }
        return OptimisticRetry.run(() -> {
            CompetenceNeed need = needs.findById(written.id())
                    .orElseThrow(() -> new NotFoundException("Need", written.id()));
            return need.coverWith(coverage.coveringOfferingsOf(need), clock.instant()) ? needs.save(need) : need;
        });
    }

    public CompetenceNeed withdraw(String id, String reason, ActedBy actedBy) {
        return modify(id, reporter(actedBy), need -> need.withdraw(reason, clock.instant(), actedBy));
    }

    /** Only the reporting organisation publishes, corrects or withdraws its need. */
    private Consumer<CompetenceNeed> reporter(ActedBy actedBy) {
        return need -> access.requireReporter(actedBy.organisationId(), need);
    }

    /** The reporter closes its own need; the coordinator may close any ({@link NeedAccess#requireMayClose}). */
    public CompetenceNeed close(String id, String reason, Actor actor) {
        return modify(id, need -> access.requireMayClose(actor, need),
                need -> need.close(reason, clock.instant(), actor.actedBy()));
    }

    /** Coordinator only (enforced before the body is read, {@link NeedAccess#roleEndpoints}). */
    public CompetenceNeed prioritise(String id, @Nullable Priority priority, String reason, ActedBy actedBy) {
        return modify(id, access::requirePublished, need -> need.prioritise(priority, reason, clock.instant(), actedBy));
    }

    public CompetenceNeed endorse(String id, int learners, String comment, ActedBy actedBy) {
        return modify(id, access::requirePublished,
                need -> need.endorse(actedBy.organisationId(), learners, comment, clock.instant(), actedBy));
    }

    public CompetenceNeed withdrawEndorsement(String id, ActedBy actedBy) {
        return modify(id, access::requirePublished,
                need -> need.withdrawEndorsement(actedBy.organisationId(), clock.instant(), actedBy));
    }

    /**
     * An education provider answers with one of its own published offerings, or with a plan. An
     * offering this service has not heard of as published, or another organisation's, is a 400.
     */
    public Answer answer(String id, AnswerKind kind, @Nullable String offeringId, String message,
                         @Nullable LocalDate expectedStart, ActedBy actedBy) {
        if (kind == AnswerKind.OFFERING) {
            if (offeringId == null) {
                throw new InvalidFieldException("offeringId", "is required when kind is OFFERING");
            }
            String provider = coverage.providerOfPublishedOffering(offeringId).orElseThrow(() -> new InvalidFieldException(
                    "offeringId", "is not a published offering (a just-published one may take a moment to arrive)"));
            if (!provider.equals(actedBy.organisationId())) {
                throw new InvalidFieldException("offeringId", "is another organisation's offering; answer with your own");
            }
        }
        if (kind == AnswerKind.PLAN && expectedStart == null) {
            throw new InvalidFieldException("expectedStart", "is required for a plan: when would the training start?");
        }
        Answer answer = new Answer(UUID.randomUUID().toString(), actedBy.organisationId(), kind,
                kind == AnswerKind.OFFERING ? offeringId : null, message, expectedStart, clock.instant(), actedBy);
        Answer[] stored = new Answer[1];
        modify(id, access::requirePublished, need -> stored[0] = need.answer(answer, clock.instant()));
        return stored[0];
    }

    /**
     * Sets a need's covering offerings as the coverage feature computed them from this very need, as
     * {@link NeedLookup} gave it. One write, and only when the coverage changed, so a redelivered offering event
     * changes nothing. A need changed by someone else since it was read is not overwritten: its save loses the
     * optimistic-locking race ({@link org.springframework.dao.OptimisticLockingFailureException}), and the caller
     * reads the need again and computes its coverage anew.
     *
     * @return whether the need's coverage changed
     */
    public boolean applyCoverage(CompetenceNeed need, List<CoveringOffering> offerings) {
        if (!need.coverWith(offerings, clock.instant())) {
            return false;
        }
        needs.save(need);
        return true;
    }

    /** A published need, or a draft of the asking organisation ({@link NeedAccess#requireVisible}). */
    public CompetenceNeed get(String id, String actingOrganisationId) {
        CompetenceNeed need = needs.findById(id).orElseThrow(() -> new NotFoundException("Need", id));
        access.requireVisible(actingOrganisationId, need);
        return need;
    }

    /** Needs the asking organisation may see (all but others' drafts) that match the filter, newest first. */
    public List<CompetenceNeed> list(NeedFilter filter, String actingOrganisationId, Pageable page) {
        return reads.read(List.of("visible", filter, actingOrganisationId, page),
                () -> needs.findVisible(filter, actingOrganisationId, page));
    }

    /**
     * Loads, changes and saves one need, again when the save lost a race. The caller's {@link NeedAccess} rule
     * is checked on the need as loaded, before the change.
     */
    private CompetenceNeed modify(String id, Consumer<CompetenceNeed> permitted, Consumer<CompetenceNeed> change) {
        return OptimisticRetry.run(() -> {
            // by _id alone, a key lookup on every store; who may change it is checked on the need
            CompetenceNeed need = needs.findById(id).orElseThrow(() -> new NotFoundException("Need", id));
            permitted.accept(need);
            change.accept(need);
            return needs.save(need);
        });
    }
}
