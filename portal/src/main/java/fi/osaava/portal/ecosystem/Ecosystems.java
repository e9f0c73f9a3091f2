package fi.osaava.portal.ecosystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;

/** The ecosystems and their member directory as membership-service serves them to anyone. */
@Component
class Ecosystems {

    /** membership-service's largest page of the directory. */
    static final int PAGE_SIZE = 200;
    /** Pages fetched for one directory at most: a region's members fit many times over. */
    static final int MAX_PAGES = 5;

    private final ServiceApis apis;

    Ecosystems(ServiceApis apis) {
        this.apis = apis;
    }

    List<Ecosystem> all() {
        Ecosystem[] ecosystems = apis.of(OsaavaService.MEMBERSHIP).get().uri("/api/ecosystems").retrieve()
                .body(Ecosystem[].class);
        return ecosystems == null ? List.of() : Arrays.asList(ecosystems);
    }

    Optional<Ecosystem> ecosystem(String id) {
        try {
            return Optional.ofNullable(apis.of(OsaavaService.MEMBERSHIP).get().uri("/api/ecosystems/{id}", id)
                    .retrieve().body(Ecosystem.class));
        } catch (ServiceProblem problem) {
            if (problem.isNotFound()) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** The ecosystem's active members that match, page by page (the directory is sorted by name) up to a limit. */
    Directory directory(String ecosystemId, DirectorySearch search) {
        List<Organisation> found = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Organisation[] organisations = apis.of(OsaavaService.MEMBERSHIP).get()
                    .uri(apis.url(OsaavaService.MEMBERSHIP, search.directoryQuery(ecosystemId, page, PAGE_SIZE)))
                    .retrieve().body(Organisation[].class);
            List<Organisation> onPage = organisations == null ? List.of() : Arrays.asList(organisations);
            found.addAll(onPage);
            if (onPage.size() < PAGE_SIZE) {
                return Directory.of(ecosystemId, found, search.ring(), false);
            }
        }
        return Directory.of(ecosystemId, found, search.ring(), true);
    }
}
