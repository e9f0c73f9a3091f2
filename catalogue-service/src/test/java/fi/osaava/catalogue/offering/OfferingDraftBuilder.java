package fi.osaava.catalogue.offering;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.contact.ContactPerson;

/**
 * Test data: an offering's content, {@link #aWebinar()} (TAMK's free online webinar in Finnish on 1 December 2026)
 * unless a test says otherwise. Each {@code with...} changes one thing; {@link #build()} makes the draft.
 */
final class OfferingDraftBuilder {

    static final Instant STARTS = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant ENDS = Instant.parse("2026-12-01T14:00:00Z");

    private String provider = "org-tamk";
    private LocalizedText titles = LocalizedText.in("fi", "Lääkehoidon osaaminen ja LOVe-täydennys");
    private @Nullable LocalizedText summaries;
    private @Nullable LocalizedText descriptions = LocalizedText.in("fi", "Verkkokoulutus");
    private Category category = Category.FREE_TRAINING_WEBINAR_TOOL;
    private List<TargetGroup> targetGroups = List.of(TargetGroup.STAFF);
    private List<String> competenceAreas = List.of("medication-safety");
    private List<String> regions = List.of("06");
    private @Nullable Delivery delivery = new Delivery(DeliveryMode.ONLINE, null, "https://tamk.example.fi/love");
    private @Nullable Instant startsAt = STARTS;
    private @Nullable Instant endsAt = ENDS;
    private @Nullable Instant registrationDeadline;
    private @Nullable Pricing pricing = Pricing.free();
    private @Nullable Integer capacity;
    private List<String> teachingLanguages = List.of("fi");
    private @Nullable ContactPerson contact = new ContactPerson("Tiina Tamk", "tiina@tamk.example.fi");
    private List<Attachment> attachments = List.of();

    private OfferingDraftBuilder() {
    }

    static OfferingDraftBuilder aWebinar() {
        return new OfferingDraftBuilder();
    }

    OfferingDraftBuilder withTitle(String finnishTitle) {
        return withTitles(LocalizedText.in("fi", finnishTitle));
    }

    OfferingDraftBuilder withTitles(LocalizedText titles) {
        this.titles = titles;
        return this;
    }

    OfferingDraftBuilder withDescriptions(@Nullable LocalizedText descriptions) {
        this.descriptions = descriptions;
        return this;
    }

    OfferingDraftBuilder withCategory(Category category) {
        this.category = category;
        return this;
    }

    OfferingDraftBuilder withDelivery(@Nullable Delivery delivery) {
        this.delivery = delivery;
        return this;
    }

    OfferingDraftBuilder from(@Nullable Instant startsAt) {
        this.startsAt = startsAt;
        return this;
    }

    OfferingDraftBuilder until(@Nullable Instant endsAt) {
        this.endsAt = endsAt;
        return this;
    }

    OfferingDraftBuilder withRegistrationDeadline(@Nullable Instant registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
        return this;
    }

    OfferingDraftBuilder withPricing(@Nullable Pricing pricing) {
        this.pricing = pricing;
        return this;
    }

    OfferingDraftBuilder withCapacity(@Nullable Integer capacity) {
        this.capacity = capacity;
        return this;
    }

    OfferingDraftBuilder taughtIn(String... languages) {
        this.teachingLanguages = List.of(languages);
        return this;
    }

    OfferingDraftBuilder withContact(@Nullable ContactPerson contact) {
        this.contact = contact;
        return this;
    }

    OfferingDraftBuilder withAttachments(Attachment... attachments) {
        this.attachments = List.of(attachments);
        return this;
    }

    OfferingDraft build() {
        return new OfferingDraft(provider, titles, summaries, descriptions, category, targetGroups, competenceAreas,
                regions, delivery, startsAt, endsAt, registrationDeadline, pricing, capacity, teachingLanguages,
                contact, attachments);
    }
}
