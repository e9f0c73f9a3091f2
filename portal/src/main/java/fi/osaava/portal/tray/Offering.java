package fi.osaava.portal.tray;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.osaava.portal.language.Languages;

/**
 * An offering as catalogue-service shows it; only what the pages use (a tolerant reader: other fields are
 * ignored). The contact person is there only for a signed-in person; the external reference (the provider's own id
 * and system) is read for the provider's edit form.
 */
public record Offering(String id, String providerOrganisationId, String title, @Nullable Map<String, String> titles,
                       @Nullable Map<String, String> summaries, @Nullable Map<String, String> descriptions,
                       String category, List<String> targetGroups, List<String> competenceAreas, List<String> regions,
                       @Nullable Delivery delivery, @Nullable Instant startsAt, @Nullable Instant endsAt,
                       @Nullable Instant registrationDeadline, @Nullable Pricing pricing, @Nullable Integer capacity,
                       List<String> teachingLanguages, @Nullable Contact contact, @Nullable List<Attachment> attachments,
                       String status, @Nullable String externalId, @Nullable String sourceSystem) {

    public record Delivery(String mode, @Nullable String place, @Nullable String onlineUrl) {
    }

    public record Pricing(String kind, @Nullable BigDecimal priceEur, @Nullable String funder) {
    }

    public record Contact(@Nullable String name, @Nullable String email) {
    }

    public record Attachment(String title, String url) {
    }

    /** The title in the person's language when the offering has one, else its own title. */
    public String localTitle() {
        String local = Languages.pick(titles);
        return local == null ? title : local;
    }

    public @Nullable String localSummary() {
        return Languages.pick(summaries);
    }

    public @Nullable String localDescription() {
        return Languages.pick(descriptions);
    }
}
