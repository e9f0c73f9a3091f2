package fi.osaava.notification.matching;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An alert event for tests: {@code e1}, a need {@code need-1} published at the epoch, concerning no region, area or
 * target group, with no category, origin, concerned organisations, title or details, unless told otherwise.
 */
public final class AlertEventBuilder {

    private String eventId = "e1";
    private Topic topic = Topic.NEED_PUBLISHED;
    private String subjectId = "need-1";
    private Instant occurredAt = Instant.EPOCH;
    private Set<String> regions = Set.of();
    private Set<String> competenceAreas = Set.of();
    private Set<String> targetGroups = Set.of();
    private @Nullable String category;
    private @Nullable String originOrganisationId;
    private Set<String> concernedOrganisationIds = Set.of();
    private Map<String, String> titles = Map.of();
    private Map<String, String> details = Map.of();

    private AlertEventBuilder() {
    }

    public static AlertEventBuilder anAlertEvent() {
        return new AlertEventBuilder();
    }

    /** A copy of {@code event} to change. */
    public static AlertEventBuilder like(AlertEvent event) {
        return anAlertEvent().withId(event.eventId()).about(event.topic(), event.subjectId()).at(event.occurredAt())
                .inRegions(event.regions()).inAreas(event.competenceAreas()).forTargetGroups(event.targetGroups())
                .inCategory(event.category()).by(event.originOrganisationId())
                .concerning(event.concernedOrganisationIds()).titled(event.titles()).withDetails(event.details());
    }

    public AlertEventBuilder withId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    /** What happened ({@code topic}) to what ({@code subjectId}: a need, an offering, a meeting …). */
    public AlertEventBuilder about(Topic topic, String subjectId) {
        this.topic = topic;
        this.subjectId = subjectId;
        return this;
    }

    public AlertEventBuilder at(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
    }

    public AlertEventBuilder inRegions(String... regions) {
        return inRegions(Set.of(regions));
    }

    public AlertEventBuilder inRegions(Set<String> regions) {
        this.regions = regions;
        return this;
    }

    public AlertEventBuilder inAreas(String... areas) {
        return inAreas(Set.of(areas));
    }

    public AlertEventBuilder inAreas(Set<String> areas) {
        this.competenceAreas = areas;
        return this;
    }

    public AlertEventBuilder forTargetGroups(String... targetGroups) {
        return forTargetGroups(Set.of(targetGroups));
    }

    public AlertEventBuilder forTargetGroups(Set<String> targetGroups) {
        this.targetGroups = targetGroups;
        return this;
    }

    public AlertEventBuilder inCategory(@Nullable String category) {
        this.category = category;
        return this;
    }

    /** The organisation that did it. */
    public AlertEventBuilder by(@Nullable String originOrganisationId) {
        this.originOrganisationId = originOrganisationId;
        return this;
    }

    public AlertEventBuilder concerning(String... organisationIds) {
        return concerning(Set.of(organisationIds));
    }

    public AlertEventBuilder concerning(Set<String> organisationIds) {
        this.concernedOrganisationIds = organisationIds;
        return this;
    }

    /** The Finnish title only. */
    public AlertEventBuilder titled(String finnishTitle) {
        return titled(Map.of("fi", finnishTitle));
    }

    public AlertEventBuilder titled(Map<String, String> titles) {
        this.titles = titles;
        return this;
    }

    public AlertEventBuilder withDetails(Map<String, String> details) {
        this.details = details;
        return this;
    }

    public AlertEvent build() {
        return new AlertEvent(eventId, topic, subjectId, occurredAt, regions, competenceAreas, targetGroups, category,
                originOrganisationId, concernedOrganisationIds, titles, details);
    }
}
