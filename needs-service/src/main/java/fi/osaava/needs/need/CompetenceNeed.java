package fi.osaava.needs.need;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.kit.domain.ConflictException;

/**
 * A competence need of the region, reported by one organisation, endorsed by others, answered by
 * education providers and covered by published offerings. Its state, its endorsements, answers and
 * coverage, and its outgoing events are one document, so every transition is one atomic write.
 */
@Document("competence_needs")
@CompoundIndex(name = CompetenceNeed.SAVE_INDEX, def = "{'_id': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "covering_offering", def = "{'coveringOfferings.offeringId': 1}")
public class CompetenceNeed extends OutboxAggregate {

    /**
     * The versioned save's filter {@code {_id, version}} as a unique index of its own. Real MongoDB finds that
     * filter through {@code _id} anyway (the index is redundant there: one more small index to keep per write);
     * mongo-java-server, the local stack's store, uses an index only for a filter of exactly its keys and would
     * read every need on each save (endorse, answer, prioritise, coverage) without it.
     */
    static final String SAVE_INDEX = "id_version";

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed
    private String reportingOrganisationId;
    private String region;
    @Indexed
    private List<String> competenceAreas;
    private TargetGroup targetGroup;
    private String title;
    private String description;
    private int estimatedLearners;
    /** The reporter's learners plus every endorser's: kept in the document so lists sort and sum on it. */
    private int totalDemand;
    private Horizon horizon;
    private @Nullable DesiredTiming desiredTiming;
    @Indexed
    private NeedStatus status;
    private @Nullable Priority priority;
    private List<PriorityDecision> priorityHistory = new ArrayList<>();
    private List<Endorsement> endorsements = new ArrayList<>();
    private List<Answer> answers = new ArrayList<>();
    private List<CoveringOffering> coveringOfferings = new ArrayList<>();
    private Instant createdAt;
    private @Nullable Instant updatedAt;
    private @Nullable Instant publishedAt;
    private @Nullable Instant coveredAt;
    private @Nullable Instant endedAt;
    private @Nullable String endReason;

    /** For the mapping layer, which sets the fields from the stored document. */
    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private CompetenceNeed() {
    }

    private CompetenceNeed(String id, NeedDraft draft, Instant now) {
        this.id = id;
        this.reportingOrganisationId = draft.reportingOrganisationId();
        apply(draft);
        this.status = NeedStatus.DRAFT;
        this.createdAt = now;
    }

    public static CompetenceNeed draft(NeedDraft draft, Instant now) {
        return new CompetenceNeed(UUID.randomUUID().toString(), draft, now);
    }

    private void apply(NeedDraft draft) {
        this.region = draft.region();
        this.competenceAreas = List.copyOf(draft.competenceAreas());
        this.targetGroup = draft.targetGroup();
        this.title = draft.title();
        this.description = draft.description();
        this.estimatedLearners = draft.estimatedLearners();
        this.horizon = draft.horizon();
        this.desiredTiming = draft.desiredTiming();
        this.totalDemand = estimatedLearners + endorsements.stream().mapToInt(Endorsement::learners).sum();
    }

    /** Makes the need visible to the ecosystem; matching providers and producers get alerted. */
    public void publish(Instant now, ActedBy actedBy) {
        if (status != NeedStatus.DRAFT) {
            throw new ConflictException("Need " + id + " is " + status + "; only a DRAFT can be published");
        }
        status = NeedStatus.PUBLISHED;
        publishedAt = now;
        raise(NeedPublished.of(this, now, actedBy), now);
    }

    /**
     * The reporter corrects the need. A draft changes silently; an open need raises an update, and the
     * caller must compute its coverage again (areas, region, target group or timing may have changed).
     * The reporting organisation never changes.
     */
    public void update(NeedDraft draft, Instant now, ActedBy actedBy) {
        if (!(status == NeedStatus.DRAFT || status.isOpen())) {
            throw new ConflictException("Need " + id + " is " + status + "; a closed or withdrawn need cannot be changed");
        }
        apply(draft);
        updatedAt = now;
        if (status != NeedStatus.DRAFT) {
            raise(NeedUpdated.of(this, now, actedBy), now);
        }
    }

    /**
     * Another organisation needs this too. Endorsing again with the same head count changes nothing and
     * raises nothing; with another head count it replaces the organisation's endorsement.
     */
    public boolean endorse(String organisationId, int learners, String comment, Instant now, ActedBy actedBy) {
        requireOpen("endorsed");
        if (organisationId.equals(reportingOrganisationId)) {
            throw new ConflictException("Need " + id + " is your organisation's own; change its estimated learners instead");
        }
        Optional<Endorsement> existing = endorsementOf(organisationId);
        if (existing.isPresent() && existing.get().learners() == learners && existing.get().comment().equals(comment)) {
            return false;
        }
        endorsements.removeIf(e -> e.organisationId().equals(organisationId));
        endorsements.add(new Endorsement(organisationId, learners, comment,
                existing.map(Endorsement::endorsedAt).orElse(now), actedBy));
        totalDemand = estimatedLearners + endorsements.stream().mapToInt(Endorsement::learners).sum();
        updatedAt = now;
        raise(new NeedEndorsed(id, reportingOrganisationId, organisationId, learners,
                totalDemand, now, actedBy), now);
        return true;
    }

    /** Withdrawing an endorsement that is not there changes nothing. */
    public boolean withdrawEndorsement(String organisationId, Instant now, ActedBy actedBy) {
        if (!endorsements.removeIf(e -> e.organisationId().equals(organisationId))) {
            return false;
        }
        totalDemand = estimatedLearners + endorsements.stream().mapToInt(Endorsement::learners).sum();
        updatedAt = now;
        raise(new NeedEndorsementWithdrawn(id, reportingOrganisationId,
                organisationId, totalDemand, now, actedBy), now);
        return true;
    }

    /**
     * An education provider answers. A PUBLISHED need becomes ANSWERED; a COVERED one stays COVERED.
     * The same answer given again (same organisation, kind and offering) replaces the earlier one's
     * message and expected start, and raises an event only if something changed.
     */
    public Answer answer(Answer answer, Instant now) {
        requireOpen("answered");
        if (answer.organisationId().equals(reportingOrganisationId)) {
            throw new ConflictException("Need " + id + " is your organisation's own; it cannot be answered by its reporter");
        }
        Optional<Answer> earlier = answers.stream().filter(a -> a.sameAs(answer)).findFirst();
        if (earlier.isPresent() && earlier.get().saysTheSameAs(answer)) {
            return earlier.get();
        }
        Answer stored = earlier.map(answer::replacing).orElse(answer);
        answers.removeIf(a -> a.sameAs(answer));
        answers.add(stored);
        if (status == NeedStatus.PUBLISHED) {
            status = NeedStatus.ANSWERED;
        }
        updatedAt = now;
        raise(NeedAnswered.of(this, stored, now, answer.actedBy()), now);
        return stored;
    }

    /**
     * Sets the offerings that cover this need now, as computed from the published offerings; how that changes
     * its status is told in {@link CoverageChange}. Only an open need changes.
     * <p>
     * When the coverage grows (an offering covers the need that did not, or covers an area it did not)
     * a coverage-gained event comes first, so the reporter and the endorsers hear of an offering that
     * answers their need in part too; a covered or coverage-lost event of the same change follows it.
     *
     * @return whether the coverage changed
     */
    public boolean coverWith(List<CoveringOffering> offerings, Instant now) {
        if (!status.isOpen() || coveringOfferings.equals(offerings)) {
            return false;
        }
        CoverageChange change = CoverageChange.of(competenceAreas, status, !answers.isEmpty(), coveringOfferings,
                offerings);
        coveringOfferings = new ArrayList<>(offerings);
        status = change.status();
        coveredAt = change.coveredAt(coveredAt, now);
        if (!change.gained().isEmpty()) {
            raise(NeedCoverageGained.of(this, change.gained(), now), now);
        }
        if (change.becameCovered()) {
            raise(NeedCovered.of(this, now), now);
        } else if (change.lostCoverage()) {
            raise(NeedCoverageLost.of(this, now), now);
        }
        return true;
    }

    /** The reporter or the coordinator closes an open need: it has been dealt with, or is no longer current. */
    public void close(String reason, Instant now, ActedBy actedBy) {
        requireOpen("closed");
        NeedStatus previous = status;
        end(NeedStatus.CLOSED, reason, now);
        raise(new NeedClosed(id, reportingOrganisationId, previous, reason, now, actedBy), now);
    }

    /**
     * The reporter takes a need back, a draft or an open one. A draft's withdrawal raises no event:
     * nobody but its reporter ever saw it, and its reason is nobody else's business.
     */
    public void withdraw(String reason, Instant now, ActedBy actedBy) {
        if (!(status == NeedStatus.DRAFT || status.isOpen())) {
            throw new ConflictException("Need " + id + " is " + status + "; it can no longer be withdrawn");
        }
        NeedStatus previous = status;
        end(NeedStatus.WITHDRAWN, reason, now);
        if (previous == NeedStatus.DRAFT) {
            return;
        }
        raise(new NeedWithdrawn(id, reportingOrganisationId, previous, reason, now,
                actedBy), now);
    }

    private void end(NeedStatus end, String reason, Instant now) {
        status = end;
        endedAt = now;
        endReason = reason;
        updatedAt = now;
    }

    /** The coordinator sets, changes or clears ({@code null}) the priority, always with a reason. */
    public void prioritise(@Nullable Priority newPriority, String reason, Instant now, ActedBy actedBy) {
        if (status == NeedStatus.DRAFT || status == NeedStatus.WITHDRAWN) {
            throw new ConflictException("Need " + id + " is " + status + "; only a published need gets a priority");
        }
        Priority previous = priority;
        priority = newPriority;
        priorityHistory.add(new PriorityDecision(newPriority, reason, now, actedBy));
        updatedAt = now;
        raise(new NeedPrioritised(id, reportingOrganisationId, newPriority, previous,
                reason, now, actedBy), now);
    }

    private void requireOpen(String what) {
        if (!status.isOpen()) {
            throw new ConflictException("Need " + id + " is " + status + "; only a published need can be " + what);
        }
    }

    /** The need's competence areas that no covering offering covers. */
    public List<String> uncoveredAreas() {
        return CoverageChange.uncoveredAreas(competenceAreas, coveringOfferings);
    }

    public List<String> endorsingOrganisationIds() {
        return endorsements.stream().map(Endorsement::organisationId).toList();
    }

    public Optional<Endorsement> endorsementOf(String organisationId) {
        return endorsements.stream().filter(e -> e.organisationId().equals(organisationId)).findFirst();
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String reportingOrganisationId() {
        return reportingOrganisationId;
    }

    public String region() {
        return region;
    }

    public List<String> competenceAreas() {
        return competenceAreas;
    }

    public TargetGroup targetGroup() {
        return targetGroup;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int estimatedLearners() {
        return estimatedLearners;
    }

    public int totalDemand() {
        return totalDemand;
    }

    public Horizon horizon() {
        return horizon;
    }

    /** Stored needs from before desired timing existed have none: any timing. */
    public DesiredTiming desiredTiming() {
        return desiredTiming == null ? DesiredTiming.ANY : desiredTiming;
    }

    public NeedStatus status() {
        return status;
    }

    public @Nullable Priority priority() {
        return priority;
    }

    public List<PriorityDecision> priorityHistory() {
        return List.copyOf(priorityHistory);
    }

    public List<Endorsement> endorsements() {
        return List.copyOf(endorsements);
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public List<CoveringOffering> coveringOfferings() {
        return List.copyOf(coveringOfferings);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public @Nullable Instant coveredAt() {
        return coveredAt;
    }

    public @Nullable Instant endedAt() {
        return endedAt;
    }

    public @Nullable String endReason() {
        return endReason;
    }
}
