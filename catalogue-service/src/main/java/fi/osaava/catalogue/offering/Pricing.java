package fi.osaava.catalogue.offering;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Price or funding; the price in euros with cents, so equal prices compare equal whatever their scale. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Pricing(PricingKind kind, @Nullable BigDecimal priceEur, @Nullable String funder) {

    public Pricing {
        priceEur = priceEur == null ? null : priceEur.setScale(2, RoundingMode.HALF_UP);
        funder = funder == null || funder.isBlank() ? null : funder.strip();
    }

    public static Pricing free() {
        return new Pricing(PricingKind.FREE, null, null);
    }
}
