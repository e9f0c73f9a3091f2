package fi.osaava.portal.tray;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;

/** The tray as catalogue-service serves it. */
@Component
public class Tray {

    /** A page of matches, and the facet counts of all matches (not only this page): facet → value → count. */
    public record Found(List<Offering> items, long total, int page, int size, boolean truncated,
                 Map<String, Map<String, Long>> facets) {

        public int pages() {
            return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / Math.max(1, size));
        }
    }

    private final ServiceApis apis;

    Tray(ServiceApis apis) {
        this.apis = apis;
    }

    Found search(TraySearch search) {
        Found found = apis.of(OsaavaService.CATALOGUE).get()
                .uri(apis.url(OsaavaService.CATALOGUE, search.catalogueQuery())).retrieve().body(Found.class);
        return found == null ? new Found(List.of(), 0, 0, TraySearch.PAGE_SIZE, false, Map.of()) : found;
    }

    /** One offering as the signed-in person (or a visitor) may see it; empty when unknown or not theirs to see. */
    public Optional<Offering> offering(String id) {
        try {
            return Optional.ofNullable(apis.of(OsaavaService.CATALOGUE).get().uri("/api/offerings/{id}", id)
                    .retrieve().body(Offering.class));
        } catch (ServiceProblem problem) {
            if (problem.isNotFound() || problem.status() == 400) {
                return Optional.empty();
            }
            throw problem;
        }
    }
}
