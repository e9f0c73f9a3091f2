package fi.osaava.portal.network;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.osaava.portal.search.Search;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a visitor looks for among the networks: the page's query parameters, named as catalogue-service's
 * {@code GET /api/networks} names them. Closed networks only when asked for.
 */
public record NetworkSearch(
        @Size(max = 200) @Nullable String q,
        @Pattern(regexp = NetworkSearch.KINDS) @Nullable String kind,
        @Pattern(regexp = "[a-z0-9-]{1,80}") @Nullable String competenceArea,
        @Pattern(regexp = "[0-9]{2}") @Nullable String region,
        @Pattern(regexp = "true|false") @Nullable String includeClosed,
        @Pattern(regexp = "relevance|newest") @Nullable String order,
        @Pattern(regexp = Search.PAGE) @Nullable String page) implements Search {

    /** Experts sharing know-how, or supervisors supporting each other; labels {@code network.kind.…}. */
    static final String KINDS = "EXPERT|SUPERVISOR";

    @Override
    public String path() {
        return "/networks";
    }

    /** Closed ones asked for, or not: no other value stands in the URL. */
    @Override
    public Map<String, @Nullable String> parameters() {
        Map<String, @Nullable String> parameters = Search.super.parameters();
        parameters.put("includeClosed", "true".equals(includeClosed) ? "true" : null);
        return parameters;
    }
}
