package fi.osaava.catalogue.offering;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a search of the tray (published offerings); null = any. {@code competenceArea} also
 * finds its narrower areas; {@code startsFrom}/{@code startsTo} bound the start time; {@code priceMin}/{@code priceMax}
 * bound what a participant pays in euros, so a free or funded offering costs 0 €.
 */
public record OfferingSearch(@Nullable String text, @Nullable String region, @Nullable Category category,
                             @Nullable TargetGroup targetGroup, @Nullable String competenceArea,
                             @Nullable String language, @Nullable DeliveryMode deliveryMode,
                             @Nullable PricingKind pricing, @Nullable Instant startsFrom, @Nullable Instant startsTo,
                             @Nullable BigDecimal priceMin, @Nullable BigDecimal priceMax,
                             @Nullable String providerOrganisationId, Order order) {

    public enum Order {
        RELEVANCE,
        START
    }
}
