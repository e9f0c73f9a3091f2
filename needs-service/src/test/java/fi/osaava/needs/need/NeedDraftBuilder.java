package fi.osaava.needs.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/**
 * Test data: a need as a reporter states it, a medication-safety need of org-pshva in Kuopio (region 11) for staff
 * unless told otherwise: {@code aNeed().withAreas("documentation").withLearners(5).build()}.
 */
public final class NeedDraftBuilder {

    private String reportingOrganisationId = "org-pshva";
    private String region = "11";
    private List<String> competenceAreas = List.of("medication-safety");
    private TargetGroup targetGroup = TargetGroup.STAFF;
    private String title = "Lääkehoidon turvallisuus kotihoidossa";
    private String description = "";
    private int estimatedLearners = 120;
    private Horizon horizon = Horizon.WITHIN_A_YEAR;
    private DesiredTiming desiredTiming = DesiredTiming.ANY;

    private NeedDraftBuilder() {
    }

    public static NeedDraftBuilder aNeed() {
        return new NeedDraftBuilder();
    }

    public NeedDraftBuilder reportedBy(String organisationId) {
        this.reportingOrganisationId = organisationId;
        return this;
    }

    public NeedDraftBuilder inRegion(String region) {
        this.region = region;
        return this;
    }

    public NeedDraftBuilder withAreas(String... areas) {
        return withAreas(List.of(areas));
    }

    public NeedDraftBuilder withAreas(List<String> areas) {
        this.competenceAreas = List.copyOf(areas);
        return this;
    }

    public NeedDraftBuilder forTargetGroup(TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
        return this;
    }

    public NeedDraftBuilder withTitle(String title) {
        this.title = title;
        return this;
    }

    public NeedDraftBuilder withDescription(String description) {
        this.description = description;
        return this;
    }

    public NeedDraftBuilder withLearners(int estimatedLearners) {
        this.estimatedLearners = estimatedLearners;
        return this;
    }

    public NeedDraftBuilder withHorizon(Horizon horizon) {
        this.horizon = horizon;
        return this;
    }

    public NeedDraftBuilder startingBetween(@Nullable LocalDate earliest, @Nullable LocalDate latest) {
        this.desiredTiming = new DesiredTiming(earliest, latest);
        return this;
    }

    public NeedDraft build() {
        return new NeedDraft(reportingOrganisationId, region, competenceAreas, targetGroup, title, description,
                estimatedLearners, horizon, desiredTiming);
    }

    /** The need as a draft, created at {@code now}. */
    public CompetenceNeed draft(Instant now) {
        return CompetenceNeed.draft(build(), now);
    }

    /** The need created and published at {@code now}. */
    public CompetenceNeed published(Instant now, ActedBy actedBy) {
        CompetenceNeed need = draft(now);
        need.publish(now, actedBy);
        return need;
    }
}
