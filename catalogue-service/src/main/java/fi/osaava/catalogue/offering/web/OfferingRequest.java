package fi.osaava.catalogue.offering.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.offering.Attachment;
import fi.osaava.catalogue.offering.Category;
import fi.osaava.catalogue.offering.Delivery;
import fi.osaava.catalogue.offering.DeliveryMode;
import fi.osaava.catalogue.offering.LocalizedText;
import fi.osaava.catalogue.offering.OfferingDraft;
import fi.osaava.catalogue.offering.Pricing;
import fi.osaava.catalogue.offering.PricingKind;
import fi.osaava.catalogue.offering.TargetGroup;
import fi.osaava.catalogue.contact.ContactRequest;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/offerings}, {@code PUT /api/offerings/{id}} and of each item of
 * {@code POST /api/offerings/import}. Id, status and the provider are never taken from the client (the provider
 * is the token's organisation); such fields in a body are ignored. The rules between fields (dates, pricing,
 * delivery) are {@link fi.osaava.catalogue.offering.OfferingRules}.
 */
record OfferingRequest(
        @NotNull @Valid @Nullable Texts titles,
        @Valid @Nullable Texts summaries,
        @Valid @Nullable Texts descriptions,
        @NotNull @Nullable Category category,
        @NotEmpty @Nullable List<@NotNull TargetGroup> targetGroups,
        @NotEmpty @Size(max = 20) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreas,
        @NotEmpty @Size(max = 21) @Nullable List<@NotNull @RegionCode String> regions,
        @NotNull @Valid @Nullable DeliveryRequest delivery,
        @NotNull @Nullable Instant startsAt,
        @NotNull @Nullable Instant endsAt,
        @Nullable Instant registrationDeadline,
        @NotNull @Valid @Nullable PricingRequest pricing,
        @Nullable Integer capacity,
        @NotEmpty @Size(max = 3) @Nullable List<@NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") String> teachingLanguages,
        @Valid @Nullable ContactRequest contact,
        @Size(max = 20) @Nullable List<@NotNull @Valid AttachmentRequest> attachments,
        @Size(max = 200) @Pattern(regexp = "\\S(.*\\S)?", message = "must not start or end with spaces") @Nullable String externalId,
        @Size(max = 100) @Nullable String sourceSystem,
        @Nullable Boolean publish) {

    /** Texts in Finnish, Swedish and English; any of them may be left out (the rules need one title). */
    record Texts(@Nullable String fi, @Nullable String sv, @Nullable String en) {
        LocalizedText toText() {
            return new LocalizedText(fi, sv, en);
        }
    }

    record DeliveryRequest(@NotNull @Nullable DeliveryMode mode, @Size(max = 300) @Nullable String place,
                           @Size(max = 2000) @Nullable String onlineUrl) {
    }

    record PricingRequest(@NotNull @Nullable PricingKind kind,
                          @Digits(integer = 7, fraction = 2) @Nullable BigDecimal priceEur,
                          @Size(max = 200) @Nullable String funder) {
    }

    record AttachmentRequest(@NotBlank @Size(max = 200) @Nullable String title,
                             @NotBlank @Size(max = 2000) @Nullable String url) {
    }

    boolean publishRequested() {
        return Boolean.TRUE.equals(publish);
    }

    /** Only after the bean validation passed. */
    @SuppressWarnings("NullAway")
    OfferingDraft toDraft(String providerOrganisationId) {
        return new OfferingDraft(providerOrganisationId, titles.toText(), summaries == null ? null : summaries.toText(),
                descriptions == null ? null : descriptions.toText(), category, targetGroups, competenceAreas, regions,
                new Delivery(delivery.mode(), delivery.place(), delivery.onlineUrl()), startsAt, endsAt,
                registrationDeadline, new Pricing(pricing.kind(), pricing.priceEur(), pricing.funder()), capacity,
                teachingLanguages, contact == null ? null : contact.toContact(),
                attachments == null ? List.of() : attachments.stream().map(a -> new Attachment(a.title(), a.url())).toList());
    }
}
