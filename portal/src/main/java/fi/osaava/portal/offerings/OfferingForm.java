package fi.osaava.portal.offerings;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The "publish an offering" form: every field of catalogue-service's offering model, times as Helsinki wall-clock
 * times. The rules that join fields (a place for on-site teaching, a price only when paid …) are catalogue-service's;
 * its refusals come back onto these fields, whose names follow its API ({@code delivery.place} → {@code place}).
 *
 * @param answersNeed a need this offering answers once published (the provider came from the need's page)
 */
public record OfferingForm(
        @Size(max = 200) @Nullable String titleFi,
        @Size(max = 200) @Nullable String titleSv,
        @Size(max = 200) @Nullable String titleEn,
        @Size(max = 1000) @Nullable String summaryFi,
        @Size(max = 10000) @Nullable String descriptionFi,
        @NotNull @Pattern(regexp = "FREE_TRAINING_WEBINAR_TOOL|PROVIDER_TRAINING|CHANGE_SUPPORT|PROJECT_EVENT") @Nullable String category,
        @NotEmpty @Nullable List<String> targetGroups,
        @NotEmpty @Size(max = 20) @Nullable List<String> competenceAreas,
        @NotEmpty @Size(max = 21) @Nullable List<String> regions,
        @NotNull @Pattern(regexp = "ONLINE|ON_SITE|HYBRID") @Nullable String deliveryMode,
        @Size(max = 300) @Nullable String place,
        @Size(max = 500) @Nullable String onlineUrl,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") @Nullable LocalDateTime startsAt,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") @Nullable LocalDateTime endsAt,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") @Nullable LocalDateTime registrationDeadline,
        @NotNull @Pattern(regexp = "FREE|PAID|FUNDED") @Nullable String pricing,
        @DecimalMin("0.01") @Nullable BigDecimal priceEur,
        @Size(max = 200) @Nullable String funder,
        @Min(1) @Nullable Integer capacity,
        @NotEmpty @Size(max = 3) @Nullable List<String> teachingLanguages,
        @Size(max = 200) @Nullable String contactName,
        @Email @Size(max = 200) @Nullable String contactEmail,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,80}") @Nullable String answersNeed) {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** The catalogue's field names → this form's. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("titles", "titleFi"), Map.entry("titles.fi", "titleFi"), Map.entry("titles.sv", "titleSv"),
            Map.entry("titles.en", "titleEn"), Map.entry("summaries", "summaryFi"), Map.entry("summaries.fi", "summaryFi"),
            Map.entry("descriptions", "descriptionFi"), Map.entry("descriptions.fi", "descriptionFi"),
            Map.entry("category", "category"), Map.entry("targetGroups", "targetGroups"),
            Map.entry("competenceAreas", "competenceAreas"), Map.entry("regions", "regions"),
            Map.entry("delivery", "deliveryMode"), Map.entry("delivery.mode", "deliveryMode"),
            Map.entry("delivery.place", "place"), Map.entry("delivery.onlineUrl", "onlineUrl"),
            Map.entry("startsAt", "startsAt"), Map.entry("endsAt", "endsAt"),
            Map.entry("registrationDeadline", "registrationDeadline"), Map.entry("pricing", "pricing"),
            Map.entry("pricing.kind", "pricing"), Map.entry("pricing.priceEur", "priceEur"),
            Map.entry("pricing.funder", "funder"), Map.entry("capacity", "capacity"),
            Map.entry("teachingLanguages", "teachingLanguages"), Map.entry("contact", "contactEmail"),
            Map.entry("contact.name", "contactName"), Map.entry("contact.email", "contactEmail"));

    static OfferingForm forNeed(@Nullable String needId, List<String> areas, List<String> regions, List<String> groups) {
        return new OfferingForm(null, null, null, null, null, "PROVIDER_TRAINING", groups, areas, regions, "ONLINE",
                null, null, null, null, null, "FREE", null, null, null, List.of("fi"), null, null, needId);
    }

    /** An existing offering as the form shows it, its times as Helsinki wall-clock times. */
    static OfferingForm of(fi.osaava.portal.tray.Offering offering) {
        Map<String, String> titles = offering.titles() == null ? Map.of() : offering.titles();
        Map<String, String> summaries = offering.summaries() == null ? Map.of() : offering.summaries();
        Map<String, String> descriptions = offering.descriptions() == null ? Map.of() : offering.descriptions();
        var delivery = offering.delivery();
        var pricing = offering.pricing();
        var contact = offering.contact();
        return new OfferingForm(titles.get("fi"), titles.get("sv"), titles.get("en"), summaries.get("fi"),
                descriptions.get("fi"), offering.category(), offering.targetGroups(), offering.competenceAreas(),
                offering.regions(), delivery == null ? null : delivery.mode(), delivery == null ? null : delivery.place(),
                delivery == null ? null : delivery.onlineUrl(), local(offering.startsAt()), local(offering.endsAt()),
                local(offering.registrationDeadline()), pricing == null ? null : pricing.kind(),
                pricing == null ? null : pricing.priceEur(), pricing == null ? null : pricing.funder(),
                offering.capacity(), offering.teachingLanguages(), contact == null ? null : contact.name(),
                contact == null ? null : contact.email(), null);
    }

    private static @Nullable LocalDateTime local(java.time.@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, HELSINKI);
    }

    /** At least one title, in any language. */
    boolean hasTitle() {
        return present(titleFi) || present(titleSv) || present(titleEn);
    }

    /** The body of {@code POST /api/offerings}. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("titles", texts(titleFi, titleSv, titleEn));
        if (present(summaryFi)) {
            body.put("summaries", Map.of("fi", summaryFi.strip()));
        }
        if (present(descriptionFi)) {
            body.put("descriptions", Map.of("fi", descriptionFi.strip()));
        }
        body.put("category", category);
        body.put("targetGroups", targetGroups);
        body.put("competenceAreas", competenceAreas);
        body.put("regions", regions);
        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("mode", deliveryMode);
        if (present(place)) {
            delivery.put("place", place.strip());
        }
        if (present(onlineUrl)) {
            delivery.put("onlineUrl", onlineUrl.strip());
        }
        body.put("delivery", delivery);
        body.put("startsAt", instant(startsAt));
        body.put("endsAt", instant(endsAt));
        if (registrationDeadline != null) {
            body.put("registrationDeadline", instant(registrationDeadline));
        }
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("kind", pricing);
        if (priceEur != null) {
            price.put("priceEur", priceEur);
        }
        if (present(funder)) {
            price.put("funder", funder.strip());
        }
        body.put("pricing", price);
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        body.put("teachingLanguages", teachingLanguages);
        if (present(contactName) || present(contactEmail)) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", contactName == null ? "" : contactName.strip());
            contact.put("email", contactEmail == null ? "" : contactEmail.strip());
            body.put("contact", contact);
        }
        return body;
    }


    private static @Nullable String instant(@Nullable LocalDateTime time) {
        return time == null ? null : time.atZone(HELSINKI).toInstant().toString();
    }

    private static Map<String, String> texts(@Nullable String fi, @Nullable String sv, @Nullable String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (present(fi)) {
            texts.put("fi", fi.strip());
        }
        if (present(sv)) {
            texts.put("sv", sv.strip());
        }
        if (present(en)) {
            texts.put("en", en.strip());
        }
        return texts;
    }

    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
