package fi.osaava.portal.tray;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a visitor searches the tray for: the search page's query parameters, so every search is a shareable URL.
 * Codes that catalogue-service does not know come back from it as field errors.
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
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsTo,
        @Min(0) @Max(1000) @Nullable Integer page) {

    static final int PAGE_SIZE = 20;
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    /** The filters that are set, by their parameter name (the facets' names), for links that keep them. */
    Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "category", category);
        put(filters, "targetGroup", targetGroup);
        put(filters, "competenceArea", competenceArea);
        put(filters, "region", region);
        put(filters, "language", language);
        put(filters, "deliveryMode", deliveryMode);
        put(filters, "pricing", pricing);
        return filters;
    }

    int pageNumber() {
        return page == null ? 0 : page;
    }

    /** This search's URL with one parameter set (or removed by {@code null}) and the paging reset. */
    public String with(String name, @Nullable String value) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/tray");
        Map<String, @Nullable String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.putAll(filters());
        parameters.put("startsFrom", startsFrom == null ? null : startsFrom.toString());
        parameters.put("startsTo", startsTo == null ? null : startsTo.toString());
        parameters.put(name, value);
        parameters.forEach((key, given) -> {
            if (given != null && !given.isBlank()) {
                url.queryParam(key, given);
            }
        });
        return url.encode().build().toUriString();
    }

    /** This search's URL on another page. */
    public String onPage(int number) {
        String url = with("page", null);
        return number == 0 ? url : url + (url.contains("?") ? "&" : "?") + "page=" + number;
    }

    /** The catalogue's search URL for this search (start dates as Helsinki days). */
    UriComponentsBuilder catalogueQuery() {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/offerings/search");
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q.strip());
        }
        filters().forEach(url::queryParam);
        if (startsFrom != null) {
            url.queryParam("startsFrom", startsFrom.atStartOfDay(HELSINKI).toInstant());
        }
        if (startsTo != null) {
            url.queryParam("startsTo", startsTo.plusDays(1).atStartOfDay(HELSINKI).toInstant());
        }
        url.queryParam("page", pageNumber()).queryParam("size", PAGE_SIZE);
        return url;
    }

    private static void put(Map<String, String> filters, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
