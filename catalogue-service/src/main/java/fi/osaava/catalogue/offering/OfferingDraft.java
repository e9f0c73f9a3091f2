package fi.osaava.catalogue.offering;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.contact.ContactPerson;

/**
 * The content of an offering as its provider describes it. Delivery, schedule and pricing are required over
 * HTTP; only an older provider feed event may lack them ({@link OfferingRules} checks what is there). Times are
 * kept to the millisecond, as the store keeps them, so the same content always compares equal.
 */
public record OfferingDraft(String providerOrganisationId, LocalizedText titles, @Nullable LocalizedText summaries,
                            @Nullable LocalizedText descriptions, Category category, List<TargetGroup> targetGroups,
                            List<String> competenceAreas, List<String> regions, @Nullable Delivery delivery,
                            @Nullable Instant startsAt, @Nullable Instant endsAt, @Nullable Instant registrationDeadline,
                            @Nullable Pricing pricing, @Nullable Integer capacity, List<String> teachingLanguages,
                            @Nullable ContactPerson contact, List<Attachment> attachments) {

    public OfferingDraft {
        summaries = summaries == null || summaries.isEmpty() ? null : summaries;
        descriptions = descriptions == null || descriptions.isEmpty() ? null : descriptions;
        targetGroups = targetGroups.stream().distinct().toList();
        competenceAreas = competenceAreas.stream().distinct().toList();
        regions = regions.stream().distinct().toList();
        teachingLanguages = teachingLanguages.stream().distinct().toList();
        attachments = List.copyOf(attachments);
        startsAt = millis(startsAt);
        endsAt = millis(endsAt);
        registrationDeadline = millis(registrationDeadline);
    }

    /** The title in the primary language: the first teaching language that has one, else fi, sv, en. */
    public String title() {
        return titles.primary(teachingLanguages);
    }

    public String description() {
        return descriptions == null ? "" : descriptions.primary(teachingLanguages);
    }

    private static @Nullable Instant millis(@Nullable Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MILLIS);
    }
}
