package fi.osaava.catalogue.offering;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How the offering is delivered: online (with its https address), on site (with the place) or both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Delivery(DeliveryMode mode, @Nullable String place, @Nullable String onlineUrl) {

    public Delivery {
        place = place == null || place.isBlank() ? null : place.strip();
        onlineUrl = onlineUrl == null || onlineUrl.isBlank() ? null : onlineUrl.strip();
    }
}
