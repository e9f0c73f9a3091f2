package fi.osaava.portal.offerings;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The "publish an offering" form: every field of catalogue-service's offering model, times as Helsinki wall-clock
 * times. The rules that join fields (a place for on-site teaching, a price only when paid …) are catalogue-service's;
 * its refusals come back onto these fields, whose names follow its API ({@code delivery.place} → {@code place},
 * {@code attachments[1].url} → the link row that was sent second).
 *
 * @param attachments links to material (a brochure, a programme); the page shows a few empty rows, and a blank row
 *                    is left out of what is sent
 * @param externalId the provider's own id for the offering (kept by the catalogue once given, as its feed's key)
 * @param sourceSystem the provider's system the offering comes from
 * @param answersNeed a need this offering answers once published (the provider came from the need's page)
 */
public record OfferingForm(
        @Size(max = 200) @Nullable String titleFi,
        @Size(max = 200) @Nullable String titleSv,
        @Size(max = 200) @Nullable String titleEn,
        @Size(max = 1000) @Nullable String summaryFi,
        @Size(max = 1000) @Nullable String summarySv,
        @Size(max = 1000) @Nullable String summaryEn,
        @Size(max = 10000) @Nullable String descriptionFi,
        @Size(max = 10000) @Nullable String descriptionSv,
        @Size(max = 10000) @Nullable String descriptionEn,
        @NotNull @Pattern(regexp = "FREE_TRAINING_WEBINAR_TOOL|PROVIDER_TRAINING|CHANGE_SUPPORT|PROJECT_EVENT") @Nullable String category,
        @NotEmpty @Nullable List<String> targetGroups,
        @NotEmpty @Size(max = 20) @Nullable List<String> competenceAreas,
        @NotEmpty @Size(max = 21) @Nullable List<String> regions,
        @NotNull @Pattern(regexp = "ONLINE|ON_SITE|HYBRID") @Nullable String deliveryMode,
        @Size(max = 300) @Nullable String place,
        @Size(max = 2000) @Pattern(regexp = HTTPS) @Nullable String onlineUrl,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") @Nullable LocalDateTime startsAt,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") @Nullable LocalDateTime endsAt,
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss") @Nullable LocalDateTime registrationDeadline,
        @NotNull @Pattern(regexp = "FREE|PAID|FUNDED") @Nullable String pricing,
        @DecimalMin("0.01") @Digits(integer = 7, fraction = 2) @Nullable BigDecimal priceEur,
        @Size(max = 200) @Nullable String funder,
        @Min(1) @Nullable Integer capacity,
        @NotEmpty @Size(max = 3) @Nullable List<String> teachingLanguages,
        @Size(max = 200) @Nullable String contactName,
        @Email @Size(max = 254) @Nullable String contactEmail,
        @Valid @Nullable List<@Nullable Link> attachments,
        @Size(max = 200) @Nullable String externalId,
        @Size(max = 100) @Nullable String sourceSystem,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,80}") @Nullable String answersNeed) {

    /** An https address, as the catalogue takes for online teaching and for links. */
    static final String HTTPS = "https://[^\\s/?#]+[^\\s]*";
    /** The catalogue keeps at most this many links. */
    static final int MOST_LINKS = 20;
    /** Empty link rows the page offers beyond the filled ones (no script adds rows). */
    static final int EMPTY_LINK_ROWS = 2;

    /** A link to material about the offering; a row with neither is no link. */
    public record Link(@Size(max = 200) @Nullable String title,
                       @Size(max = 2000) @Pattern(regexp = HTTPS) @Nullable String url) {

        boolean isBlank() {
            return !present(title) && !present(url);
        }
    }

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** The catalogue's field names → this form's (a link's fields are {@link #formField(String)}'s). */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("titles", "titleFi"), Map.entry("titles.fi", "titleFi"), Map.entry("titles.sv", "titleSv"),
            Map.entry("titles.en", "titleEn"), Map.entry("summaries", "summaryFi"), Map.entry("summaries.fi", "summaryFi"),
            Map.entry("summaries.sv", "summarySv"), Map.entry("summaries.en", "summaryEn"),
            Map.entry("descriptions", "descriptionFi"), Map.entry("descriptions.fi", "descriptionFi"),
            Map.entry("descriptions.sv", "descriptionSv"), Map.entry("descriptions.en", "descriptionEn"),
            Map.entry("category", "category"), Map.entry("targetGroups", "targetGroups"),
            Map.entry("competenceAreas", "competenceAreas"), Map.entry("regions", "regions"),
            Map.entry("delivery", "deliveryMode"), Map.entry("delivery.mode", "deliveryMode"),
            Map.entry("delivery.place", "place"), Map.entry("delivery.onlineUrl", "onlineUrl"),
            Map.entry("startsAt", "startsAt"), Map.entry("endsAt", "endsAt"),
            Map.entry("registrationDeadline", "registrationDeadline"), Map.entry("pricing", "pricing"),
            Map.entry("pricing.kind", "pricing"), Map.entry("pricing.priceEur", "priceEur"),
            Map.entry("pricing.funder", "funder"), Map.entry("capacity", "capacity"),
            Map.entry("teachingLanguages", "teachingLanguages"), Map.entry("contact", "contactEmail"),
            Map.entry("contact.name", "contactName"), Map.entry("contact.email", "contactEmail"),
            Map.entry("attachments", "attachments"), Map.entry("externalId", "externalId"),
            Map.entry("sourceSystem", "sourceSystem"));

    private static final java.util.regex.Pattern LINK_FIELD =
            java.util.regex.Pattern.compile("attachments\\[(\\d{1,3})]\\.(title|url)");
    private static final java.util.regex.Pattern INDEXED = java.util.regex.Pattern.compile("(\\w+)\\[\\d{1,3}]");

    static OfferingForm forNeed(@Nullable String needId, List<String> areas, List<String> regions, List<String> groups) {
        return new OfferingForm(null, null, null, null, null, null, null, null, null, "PROVIDER_TRAINING", groups,
                areas, regions, "ONLINE", null, null, null, null, null, "FREE", null, null, null, List.of("fi"), null,
                null, List.of(), null, null, needId);
    }

    /** An existing offering as the form shows it, its times as Helsinki wall-clock times. */
    static OfferingForm of(fi.osaava.portal.tray.Offering offering) {
        Map<String, String> titles = orEmpty(offering.titles());
        Map<String, String> summaries = orEmpty(offering.summaries());
        Map<String, String> descriptions = orEmpty(offering.descriptions());
        var delivery = offering.delivery();
        var pricing = offering.pricing();
        var contact = offering.contact();
        List<Link> links = offering.attachments() == null ? List.of()
                : offering.attachments().stream().map(link -> new Link(link.title(), link.url())).toList();
        return new OfferingForm(titles.get("fi"), titles.get("sv"), titles.get("en"), summaries.get("fi"),
                summaries.get("sv"), summaries.get("en"), descriptions.get("fi"), descriptions.get("sv"),
                descriptions.get("en"), offering.category(), offering.targetGroups(), offering.competenceAreas(),
                offering.regions(), delivery == null ? null : delivery.mode(), delivery == null ? null : delivery.place(),
                delivery == null ? null : delivery.onlineUrl(), local(offering.startsAt()), local(offering.endsAt()),
                local(offering.registrationDeadline()), pricing == null ? null : pricing.kind(),
                pricing == null ? null : pricing.priceEur(), pricing == null ? null : pricing.funder(),
                offering.capacity(), offering.teachingLanguages(), contact == null ? null : contact.name(),
                contact == null ? null : contact.email(), links, offering.externalId(), offering.sourceSystem(), null);
    }

    /**
     * This form with empty link rows after the given ones (the rows as given stay where they are, so that an error
     * on a row stays beside it), for a page without script to add rows.
     */
    OfferingForm withLinkRows() {
        List<@Nullable Link> rows = new ArrayList<>(attachments == null ? List.of() : attachments);
        int wanted = Math.min(Math.max(links().size() + EMPTY_LINK_ROWS, 3), MOST_LINKS);
        while (rows.size() < wanted) {
            rows.add(new Link(null, null));
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                rows.set(i, new Link(null, null));
            }
        }
        return new OfferingForm(titleFi, titleSv, titleEn, summaryFi, summarySv, summaryEn, descriptionFi,
                descriptionSv, descriptionEn, category, targetGroups, competenceAreas, regions, deliveryMode, place,
                onlineUrl, startsAt, endsAt, registrationDeadline, pricing, priceEur, funder, capacity,
                teachingLanguages, contactName, contactEmail, rows, externalId, sourceSystem, answersNeed);
    }

    /** The filled link rows, in their order. */
    List<Link> links() {
        return rowsOfLinks().stream().map(row -> java.util.Objects.requireNonNull(attachments).get(row)).toList();
    }

    /** The positions of the filled link rows: the catalogue's {@code attachments[k]} is the form's row {@code k}-th of these. */
    private List<Integer> rowsOfLinks() {
        List<Integer> rows = new ArrayList<>();
        if (attachments != null) {
            for (int i = 0; i < attachments.size(); i++) {
                Link link = attachments.get(i);
                if (link != null && !link.isBlank()) {
                    rows.add(i);
                }
            }
        }
        return rows;
    }

    /** The form's field for one of the catalogue's field names, or none when the name is not one of its. */
    Optional<String> formField(String catalogueField) {
        java.util.regex.Matcher link = LINK_FIELD.matcher(catalogueField);
        if (link.matches()) {
            int sent = Integer.parseInt(link.group(1));
            List<Integer> rows = rowsOfLinks();
            return Optional.of(sent < rows.size() ? "attachments[" + rows.get(sent) + "]." + link.group(2) : "attachments");
        }
        java.util.regex.Matcher indexed = INDEXED.matcher(catalogueField);
        String name = indexed.matches() ? indexed.group(1) : catalogueField;
        return Optional.ofNullable(FIELDS.get(name));
    }

    /** At least one title, in any language. */
    boolean hasTitle() {
        return present(titleFi) || present(titleSv) || present(titleEn);
    }

    /** The body of {@code POST /api/offerings} and {@code PUT /api/offerings/{id}}. */
    Map<String, Object> toRequest() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("titles", texts(titleFi, titleSv, titleEn));
        Map<String, String> summaries = texts(summaryFi, summarySv, summaryEn);
        if (!summaries.isEmpty()) {
            body.put("summaries", summaries);
        }
        Map<String, String> descriptions = texts(descriptionFi, descriptionSv, descriptionEn);
        if (!descriptions.isEmpty()) {
            body.put("descriptions", descriptions);
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
        body.put("attachments", links().stream().map(link -> {
            Map<String, String> sent = new LinkedHashMap<>();
            sent.put("title", link.title() == null ? "" : link.title().strip());
            sent.put("url", link.url() == null ? "" : link.url().strip());
            return sent;
        }).toList());
        if (present(externalId)) {
            body.put("externalId", externalId.strip());
        }
        if (present(sourceSystem)) {
            body.put("sourceSystem", sourceSystem.strip());
        }
        return body;
    }

    private static Map<String, String> orEmpty(@Nullable Map<String, String> texts) {
        return texts == null ? Map.of() : texts;
    }

    private static @Nullable LocalDateTime local(java.time.@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, HELSINKI);
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
