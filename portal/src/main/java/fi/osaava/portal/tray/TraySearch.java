package fi.osaava.portal.tray;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.osaava.portal.search.IsoDate;
import fi.osaava.portal.search.Search;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a visitor searches the tray for: the search page's query parameters, named as catalogue-service's
 * {@code GET /api/offerings/search} names them, so every search is a shareable URL. Codes that catalogue-service
 * does not know come back from it as field errors. Start days are Helsinki days, which the catalogue is asked as
 * instants; a price may be typed with a decimal comma.
 */
public record TraySearch(
        @Size(max = 200) @Nullable String q,
        @Pattern(regexp = "[A-Z_]{1,40}") @Nullable String category,
        @Pattern(regexp = "[A-Z_]{1,40}") @Nullable String targetGroup,
        @Pattern(regexp = "[a-z0-9-]{1,80}") @Nullable String competenceArea,
        @Pattern(regexp = "[0-9]{2}") @Nullable String region,
        @Pattern(regexp = "fi|sv|en") @Nullable String language,
        @Pattern(regexp = "[A-Z_]{1,40}") @Nullable String deliveryMode,
        @Pattern(regexp = "[A-Z_]{1,40}") @Nullable String pricing,
        @IsoDate @Nullable String startsFrom,
        @IsoDate @Nullable String startsTo,
        @Pattern(regexp = TraySearch.EUROS) @Nullable String priceMin,
        @Pattern(regexp = TraySearch.EUROS) @Nullable String priceMax,
        @Pattern(regexp = Search.PAGE) @Nullable String page) implements Search {

    /** Whole euros or euros and cents, with a point or a comma. */
    static final String EUROS = "[0-9]{1,7}([.,][0-9]{1,2})?";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Override
    public String path() {
        return "/tray";
    }

    /** The start days as instants (the first day from its start, the last to its end), prices with a point. */
    @Override
    public Map<String, @Nullable String> apiParameters() {
        Map<String, @Nullable String> parameters = parameters();
        parameters.put("q", q == null ? null : q.strip());
        parameters.put("startsFrom", startsFrom == null ? null
                : LocalDate.parse(startsFrom).atStartOfDay(HELSINKI).toInstant().toString());
        parameters.put("startsTo", startsTo == null ? null
                : LocalDate.parse(startsTo).plusDays(1).atStartOfDay(HELSINKI).toInstant().toString());
        parameters.put("priceMin", euros(priceMin));
        parameters.put("priceMax", euros(priceMax));
        return parameters;
    }

    /** Both prices given and valid, the lowest above the highest. */
    boolean priceUpsideDown() {
        return valid(priceMin) && valid(priceMax)
                && new BigDecimal(euros(priceMin)).compareTo(new BigDecimal(euros(priceMax))) > 0;
    }

    private static boolean valid(@Nullable String price) {
        return price != null && price.matches(EUROS);
    }

    private static @Nullable String euros(@Nullable String price) {
        return price == null ? null : price.replace(',', '.');
    }
}
