package fi.osaava.portal.search;

import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;

/** How a list page asks the catalogue: its search, an item of it, and the view for a page or for htmx. */
@Component
public class SearchPages {

    private final ServiceApis apis;

    SearchPages(ServiceApis apis) {
        this.apis = apis;
    }

    /**
     * The catalogue's results for a valid search. A search that failed its own validation is not sent; one the
     * catalogue refuses gets the catalogue's reasons beside its fields. Either way the page answers 400 with no
     * results.
     */
    public <T> Results<T> find(String apiPath, Search search, BindingResult errors,
                               ParameterizedTypeReference<Results<T>> type, HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                Results<T> found = apis.of(OsaavaService.CATALOGUE).get()
                        .uri(apis.url(OsaavaService.CATALOGUE, search.at(apiPath))).retrieve().body(type);
                return found == null ? Results.none() : found;
            } catch (ServiceProblem refused) {
                if (refused.status() != HttpStatus.BAD_REQUEST.value()) {
                    throw refused;
                }
                refused.fields().forEach(field -> errors.rejectValue(fieldOf(search, field.field()),
                        "search.invalid", field.message()));
                if (refused.fields().isEmpty()) {
                    errors.rejectValue("q", "search.invalid");
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return Results.none();
    }

    /**
     * The page's field a refusal names: the parameter itself, or the last part of a path the catalogue's method
     * validation gives it ({@code search.priceMin}); else the free text.
     */
    static String fieldOf(Search search, String named) {
        String last = named.substring(named.lastIndexOf('.') + 1);
        return search.parameters().containsKey(named) ? named
                : search.parameters().containsKey(last) ? last : "q";
    }

    /** One item by its id; none for an id the catalogue does not know or cannot read as an id. */
    public <T> Optional<T> item(String apiPath, String id, Class<T> type) {
        try {
            return Optional.ofNullable(apis.of(OsaavaService.CATALOGUE).get().uri(apiPath + "/{id}", id)
                    .retrieve().body(type));
        } catch (ServiceProblem problem) {
            if (problem.isNotFound() || problem.status() == HttpStatus.BAD_REQUEST.value()) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /**
     * The whole page, or for htmx only its search area (fragment {@code results}); the address bar then shows this
     * very search, so it can be shared and the back button works.
     */
    public static String view(String view, Search search, boolean htmx, HttpServletResponse response) {
        if (!htmx) {
            return view;
        }
        response.setHeader("HX-Push-Url", search.onPage(search.pageNumber()));
        return view + " :: results";
    }
}
