package fi.osaava.catalogue.feed;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.catalogue.offering.Attachment;
import fi.osaava.catalogue.offering.Category;
import fi.osaava.catalogue.offering.Delivery;
import fi.osaava.catalogue.offering.FeedUpsert;
import fi.osaava.catalogue.offering.LocalizedText;
import fi.osaava.catalogue.offering.OfferingDraft;
import fi.osaava.catalogue.offering.Pricing;
import fi.osaava.catalogue.offering.TargetGroup;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * This service's reading of {@value #TYPE}, after the data passed its JSON Schema; region codes are checked
 * against the reference data too (the schema only knows they are two digits). The complete offering's fields
 * (from {@code titles} on) are optional, so that events of systems that do not send them yet stay valid.
 */
public record OfferingUpsertedMessage(
        @NotBlank String externalId,
        @Nullable String sourceSystem,
        @Nullable String providerOrganisationId,
        @NotBlank String title,
        @Nullable String description,
        @NotNull Category category,
        @NotEmpty List<@NotNull TargetGroup> targetGroups,
        @NotEmpty List<@NotNull @CompetenceAreaCode String> competenceAreas,
        @NotEmpty List<@NotNull @RegionCode String> regions,
        @Nullable Boolean publish,
        @Nullable LocalizedText titles,
        @Nullable LocalizedText summaries,
        @Nullable LocalizedText descriptions,
        @Nullable Delivery delivery,
        @Nullable Instant startsAt,
        @Nullable Instant endsAt,
        @Nullable Instant registrationDeadline,
        @Nullable Pricing pricing,
        @Nullable Integer capacity,
        @Nullable List<String> teachingLanguages,
        @Nullable Contact contact,
        @Nullable List<Attachment> attachments) {

    public static final String TYPE = "fi.osaava.provider.offering.upserted.v1";

    public record Contact(String name, String email) {
    }

    /** Without {@code titles}, the {@code title} (and {@code description}) are taken to be in the first teaching language, else Finnish. */
    public FeedUpsert toUpsert(String provider) {
        List<String> languages = teachingLanguages == null ? List.of() : teachingLanguages;
        String language = languages.isEmpty() ? "fi" : languages.get(0);
        LocalizedText allTitles = titles != null && !titles.isEmpty() ? titles : LocalizedText.in(language, title.strip());
        LocalizedText allDescriptions = descriptions != null || description == null ? descriptions
                : LocalizedText.in(language, description);
        return new FeedUpsert(externalId, sourceSystem, new OfferingDraft(provider, allTitles, summaries, allDescriptions,
                category, targetGroups, competenceAreas, regions, delivery, startsAt, endsAt, registrationDeadline,
                pricing, capacity, languages, contact == null ? null : new ContactPerson(contact.name(), contact.email()),
                attachments == null ? List.of() : attachments), Boolean.TRUE.equals(publish));
    }
}
