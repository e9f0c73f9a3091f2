package fi.osaava.catalogue.offering;

import static fi.osaava.catalogue.offering.OfferingDraftBuilder.aWebinar;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import fi.osaava.kit.domain.FieldError;

class OfferingRulesTest {

    static final Instant STARTS = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant ENDS = Instant.parse("2026-12-03T14:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-11-24T22:00:00Z");

    static OfferingDraft draft(LocalizedText titles, Delivery delivery, Instant startsAt, Instant endsAt,
                               @Nullable Instant deadline, Pricing pricing, @Nullable Integer capacity,
                               List<Attachment> attachments) {
        return training().withTitles(titles).withDelivery(delivery).from(startsAt).until(endsAt)
                .withRegistrationDeadline(deadline).withPricing(pricing).withCapacity(capacity)
                .withAttachments(attachments.toArray(Attachment[]::new)).build();
    }

    /** A provider's training without descriptions or contact person, the content these rules are about. */
    static OfferingDraftBuilder training() {
        return aWebinar().withCategory(Category.PROVIDER_TRAINING).withDescriptions(null).withContact(null);
    }

    static final LocalizedText TITLE = LocalizedText.in("sv", "Säker läkemedelsbehandling");
    static final Delivery ONLINE = new Delivery(DeliveryMode.ONLINE, null, "https://tamk.example.fi/x");

    static List<String> fields(OfferingDraft draft) {
        return OfferingRules.violations(draft).stream().map(FieldError::field).toList();
    }

    @Test
    void aCompleteOfferingOfEveryPricingKindKeepsTheRules() {
        assertThat(fields(draft(TITLE, ONLINE, STARTS, ENDS, null, Pricing.free(), null, List.of()))).isEmpty();
        assertThat(fields(draft(TITLE, new Delivery(DeliveryMode.ON_SITE, "Tampere", null), STARTS, STARTS, null,
                new Pricing(PricingKind.PAID, new BigDecimal("120"), null), 30, List.of()))).isEmpty();
        assertThat(fields(draft(TITLE, new Delivery(DeliveryMode.HYBRID, "Tampere", "https://x.fi/y"), STARTS, ENDS,
                STARTS, new Pricing(PricingKind.FUNDED, null, "Pirkanmaan hyvinvointialue"), 1,
                List.of(new Attachment("Ohjelma", "https://x.fi/ohjelma.pdf"))))).isEmpty();
    }

    @Test
    void aTitleInAtLeastOneLanguageIsRequired() {
        assertThat(fields(draft(new LocalizedText(" ", null, ""), ONLINE, STARTS, ENDS, null, Pricing.free(), null,
                List.of()))).containsExactly("titles");
        assertThat(fields(draft(LocalizedText.in("en", "x".repeat(201)), ONLINE, STARTS, ENDS, null, Pricing.free(),
                null, List.of()))).containsExactly("titles.en");
    }

    @Test
    void itEndsNoEarlierThanItStartsAndRegistrationClosesNoLaterThanItStarts() {
        assertThat(fields(draft(TITLE, ONLINE, ENDS, STARTS, null, Pricing.free(), null, List.of())))
                .containsExactly("endsAt");
        assertThat(fields(draft(TITLE, ONLINE, STARTS, ENDS, STARTS.plusSeconds(1), Pricing.free(), null, List.of())))
                .containsExactly("registrationDeadline");
    }

    @Test
    void aPaidOfferingHasAPriceAndOnlyAPaidOneHasOne() {
        assertThat(fields(draft(TITLE, ONLINE, STARTS, ENDS, null, new Pricing(PricingKind.PAID, null, null), null,
                List.of()))).containsExactly("pricing.priceEur");
        assertThat(fields(draft(TITLE, ONLINE, STARTS, ENDS, null, new Pricing(PricingKind.PAID, BigDecimal.ZERO, null),
                null, List.of()))).containsExactly("pricing.priceEur");
        assertThat(fields(draft(TITLE, ONLINE, STARTS, ENDS, null, new Pricing(PricingKind.FREE, BigDecimal.TEN, null),
                null, List.of()))).containsExactly("pricing.priceEur");
    }

    @Test
    void aFundedOfferingNeedsCapacityAndARegistrationDeadline() {
        assertThat(fields(draft(TITLE, ONLINE, STARTS, ENDS, null, new Pricing(PricingKind.FUNDED, null, null), null,
                List.of()))).containsExactlyInAnyOrder("capacity", "registrationDeadline");
        assertThat(fields(draft(TITLE, ONLINE, STARTS, ENDS, DEADLINE, new Pricing(PricingKind.FUNDED, null, null), 0,
                List.of()))).containsExactly("capacity");
    }

    @Test
    void onSiteAndHybridNeedAPlaceAndOnlyOnlineAndHybridHaveAnHttpsAddress() {
        assertThat(fields(draft(TITLE, new Delivery(DeliveryMode.ON_SITE, " ", null), STARTS, ENDS, null,
                Pricing.free(), null, List.of()))).containsExactly("delivery.place");
        assertThat(fields(draft(TITLE, new Delivery(DeliveryMode.HYBRID, null, "http://x.fi"), STARTS, ENDS, null,
                Pricing.free(), null, List.of()))).containsExactly("delivery.place", "delivery.onlineUrl");
        assertThat(fields(draft(TITLE, new Delivery(DeliveryMode.ON_SITE, "Tampere", "https://x.fi"), STARTS, ENDS,
                null, Pricing.free(), null, List.of()))).containsExactly("delivery.onlineUrl");
        assertThat(fields(draft(TITLE, ONLINE, STARTS, ENDS, null, Pricing.free(), null,
                List.of(new Attachment("a", "https://x.fi/a"), new Attachment("b", "ftp://x.fi/b")))))
                .containsExactly("attachments[1].url");
    }

    @Test
    void theTitleIsInTheFirstTeachingLanguageThatHasOne() {
        OfferingDraft bilingual = training().withTitles(new LocalizedText("Lääkehoito", "Läkemedel", null))
                .withDelivery(ONLINE).from(STARTS).until(ENDS).taughtIn("en", "sv").build();
        assertThat(bilingual.title()).isEqualTo("Läkemedel");
    }
}
