package fi.osaava.notification.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** This service's readings of the events alerts come from: only the fields it needs (tolerant readers). */
public final class Messages {

    private Messages() {
    }

    public record NeedAnswered(@NotBlank String needId, @NotBlank String reportingOrganisationId,
                               @Nullable List<String> endorsingOrganisationIds, @NotBlank String title,
                               @NotEmpty List<String> competenceAreas, @NotBlank String region,
                               @NotBlank String answeringOrganisationId, @NotBlank String kind,
                               @Nullable String offeringId, @Nullable String message, @Nullable LocalDate expectedStart,
                               @Nullable Instant answeredAt) {
        public static final String TYPE = "fi.osaava.needs.competence-need.answered.v1";
    }

    public record CoveringOffering(@NotBlank String offeringId, @Nullable String providerOrganisationId,
                                   @Nullable String title, @Nullable List<String> coveredAreas) {
    }

    /**
     * Published offerings newly cover (some of) a need's areas: an offering that was not covering it, or one
     * that covers more of it than before. Raised before {@code covered} when the same change completes it.
     */
    public record NeedCoverageGained(@NotBlank String needId, @NotBlank String reportingOrganisationId,
                                     @Nullable List<String> endorsingOrganisationIds, @NotBlank String title,
                                     @NotBlank String region, @NotEmpty List<String> competenceAreas,
                                     @NotEmpty List<@Valid CoveringOffering> gainedOfferings,
                                     @Nullable List<String> uncoveredAreas, @Nullable Instant gainedAt) {
        public static final String TYPE = "fi.osaava.needs.competence-need.coverage-gained.v1";
    }

    public record OfferingDelivery(@Nullable String mode, @Nullable String place, @Nullable String onlineUrl) {
    }

    /** {@code published} and {@code updated}: the offering as it now is. */
    public record Offering(@NotBlank String offeringId, @NotBlank String providerOrganisationId, @NotBlank String title,
                           @NotBlank String category, @NotNull List<String> targetGroups,
                           @NotNull List<String> competenceAreas, @NotNull List<String> regions,
                           @Nullable Map<String, String> titles, @Nullable Map<String, String> summaries,
                           @Nullable String description, @Nullable OfferingDelivery delivery,
                           @Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable Instant registrationDeadline,
                           @Nullable Instant publishedAt) {
        public static final String PUBLISHED = "fi.osaava.catalogue.offering.published.v1";
        public static final String UPDATED = "fi.osaava.catalogue.offering.updated.v1";
    }

    /** {@code withdrawn} and {@code archived}. */
    public record OfferingEnded(@NotBlank String offeringId) {
        public static final String WITHDRAWN = "fi.osaava.catalogue.offering.withdrawn.v1";
        public static final String ARCHIVED = "fi.osaava.catalogue.offering.archived.v1";
    }

    public record ActedBy(@Nullable String organisationId) {
    }

    public record MeetingScheduled(@NotBlank String meetingId, @NotBlank String ecosystemId, @NotBlank String title,
                                   @NotNull Instant startsAt, @Nullable Instant endsAt, @Nullable String place,
                                   @Nullable String onlineUrl, @Nullable List<String> themes, @Nullable ActedBy actedBy) {
        public static final String TYPE = "fi.osaava.membership.meeting.scheduled.v1";
    }

    public record AnnualClockEntryDue(@NotBlank String entryId, @NotBlank String ecosystemId,
                                      @NotEmpty Map<String, String> title, @Nullable String description,
                                      @NotNull LocalDate startsOn, @Nullable LocalDate endsOn,
                                      @Nullable String responsibleOrganisationId) {
        public static final String TYPE = "fi.osaava.membership.annual-clock.entry-due.v1";
    }

    /** {@code founded} and {@code updated}. */
    public record EcosystemChanged(@NotBlank String ecosystemId, @NotNull List<String> regions) {
        public static final String FOUNDED = "fi.osaava.membership.ecosystem.founded.v1";
        public static final String UPDATED = "fi.osaava.membership.ecosystem.updated.v1";
    }
}
