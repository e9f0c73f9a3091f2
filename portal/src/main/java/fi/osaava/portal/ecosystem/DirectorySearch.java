package fi.osaava.portal.ecosystem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.constraints.Pattern;

/**
 * How a visitor narrows an ecosystem's directory: the page's query parameters, so every view of it is a shareable
 * URL. Each is one of membership-service's directory filters; {@code competenceArea} is an area the organisation
 * offers (narrower areas included, as membership-service decides).
 */
public record DirectorySearch(
        @Pattern(regexp = "[A-Z_]{1,40}") @Nullable String ring,
        @Pattern(regexp = "[A-Z_]{1,40}") @Nullable String type,
        @Pattern(regexp = "[0-9]{2}") @Nullable String region,
        @Pattern(regexp = "[a-z0-9-]{1,80}") @Nullable String competenceArea) {

    /** The filters that are set, by their parameter name (the same at the portal and at membership-service). */
    Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "ring", ring);
        put(filters, "type", type);
        put(filters, "region", region);
        put(filters, "competenceArea", competenceArea);
        return filters;
    }

    public boolean filtered() {
        return !filters().isEmpty();
    }

    /** membership-service's directory URL for this search in the ecosystem, one page of it. */
    UriComponentsBuilder directoryQuery(String ecosystemId, int page, int size) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/directory").queryParam("ecosystem", ecosystemId);
        filters().forEach(url::queryParam);
        return url.queryParam("page", page).queryParam("size", size);
    }

    private static void put(Map<String, String> filters, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
