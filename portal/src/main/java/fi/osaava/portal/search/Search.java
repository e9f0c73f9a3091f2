package fi.osaava.portal.search;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list page's search, implemented by the record its query parameters bind to. The parameters have the names of
 * the catalogue API's, so one map makes both the page's own shareable URL and the catalogue's query. Every search
 * has a free text {@code q}, where a refusal that names no field of the page is shown.
 * <p>
 * Every parameter binds as text checked by a pattern: a value that did not convert to its type would leave the
 * search unbuilt (null) and its other fields unchecked, where a pattern puts each malformed value beside its field.
 */
public interface Search {

    int PAGE_SIZE = 20;
    /** The page parameter's pattern. */
    String PAGE = "[0-9]{1,3}";

    /** The page's own path, such as {@code /networks}. */
    String path();

    /**
     * The parameters other than the page, in the order the URL shows them; a null value is not given. By default,
     * for a search that is a record of its parameters: its components but the page, in their order.
     */
    default Map<String, @Nullable String> parameters() {
        if (!getClass().isRecord()) {
            throw new UnsupportedOperationException(getClass() + " is no record; it names its parameters itself");
        }
        Map<String, @Nullable String> parameters = new LinkedHashMap<>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            if (!component.getName().equals("page")) {
                parameters.put(component.getName(), (@Nullable String) read(component));
            }
        }
        return parameters;
    }

    private @Nullable Object read(RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.trySetAccessible(); // a record need not be public
        try {
            return accessor.invoke(this);
        } catch (IllegalAccessException | InvocationTargetException notReadable) {
            throw new IllegalStateException("Cannot read " + component, notReadable);
        }
    }

    /**
     * The catalogue's parameters for this search when a value reads differently there (a day the page shows as a
     * date is an instant there); by default the page's own.
     */
    default Map<String, @Nullable String> apiParameters() {
        return parameters();
    }

    /** The page from 0, as text: see {@link #PAGE}. */
    @Nullable String page();

    default int pageNumber() {
        String page = page();
        return page == null || !page.matches(PAGE) ? 0 : Integer.parseInt(page);
    }

    /** This search's URL on another page (the first page has no page parameter). */
    default String onPage(int number) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path());
        // every value as a URI variable: encoded whole, '+', '&' and braces included
        Map<String, String> values = new HashMap<>();
        given(parameters()).forEach((name, value) -> {
            String variable = "v" + values.size();
            values.put(variable, value);
            url.queryParam(name, "{" + variable + "}");
        });
        if (number > 0) {
            url.queryParam("page", number);
        }
        return url.encode().buildAndExpand(values).toUriString();
    }

    /** The catalogue's query at its API path (encoded by {@code ServiceApis.url}): these parameters, this page. */
    default UriComponentsBuilder at(String apiPath) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(apiPath);
        given(apiParameters()).forEach(url::queryParam);
        return url.queryParam("page", pageNumber()).queryParam("size", PAGE_SIZE);
    }

    private static Map<String, String> given(Map<String, @Nullable String> parameters) {
        Map<String, String> given = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                given.put(name, value);
            }
        });
        return given;
    }
}
