package fi.osaava.portal.desk;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.signin.Person;

/**
 * Which ecosystem a desk page is about. membership-service lets the {@code COORDINATOR} role (the platform
 * coordinator, the only one who reaches the desk) decide in every ecosystem of the deployment; those the person's own
 * organisation coordinates come first, each group in the service's order (by name). A page names one with
 * {@code ?ecosystem=}, else it is the first; an id that is no ecosystem, or a deployment without any, is a 404.
 * One call.
 */
@Component
public class DeskEcosystems {

    /** membership-service's largest page of the directory; an ecosystem's core actors fit many times over. */
    static final int CORE_ACTORS_PAGE = 200;

    private final ServiceApis apis;

    public DeskEcosystems(ServiceApis apis) {
        this.apis = apis;
    }

    /** Every ecosystem of the deployment in the service's order (by name); none when it has none. */
    public List<DeskEcosystem> all() {
        DeskEcosystem[] all = apis.of(OsaavaService.MEMBERSHIP).get().uri("/api/ecosystems").retrieve()
                .body(DeskEcosystem[].class);
        return all == null ? List.of() : Arrays.asList(all);
    }

    /** The ecosystems, the person's own organisation's first; none when the deployment has none. */
    public List<DeskEcosystem> of(@Nullable Authentication authentication) {
        String organisationId = Person.of(authentication).map(Person::organisationId).orElse(null);
        return all().stream()
                .sorted(Comparator.comparing((DeskEcosystem ecosystem) ->
                        !Objects.equals(ecosystem.coordinatorOrganisationId(), organisationId)))
                .toList();
    }

    /** The one asked for, else the first; an ecosystem not among them is a 404, and so is a deployment without any. */
    public DeskEcosystem chosen(List<DeskEcosystem> ecosystems, @Nullable String requested) {
        return ecosystems.stream()
                .filter(ecosystem -> requested == null || requested.isBlank() || ecosystem.id().equals(requested))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The person's ecosystems and the one asked for ({@link #chosen}), for a page's chooser. One call. */
    public EcosystemChoice choose(@Nullable String requested, @Nullable Authentication authentication) {
        List<DeskEcosystem> ecosystems = of(authentication);
        return new EcosystemChoice(ecosystems, chosen(ecosystems, requested));
    }

    /** The ecosystem's active core actors by id, their names in the directory's order (by name). One call. */
    public Map<String, String> coreActors(String ecosystemId) {
        Member[] members = apis.of(OsaavaService.MEMBERSHIP).get()
                .uri(apis.url(OsaavaService.MEMBERSHIP, UriComponentsBuilder.fromPath("/api/directory")
                        .queryParam("ecosystem", ecosystemId).queryParam("ring", "CORE")
                        .queryParam("page", 0).queryParam("size", CORE_ACTORS_PAGE)))
                .retrieve().body(Member[].class);
        Map<String, String> names = new LinkedHashMap<>();
        if (members != null) {
            for (Member member : members) {
                names.put(member.id(), member.name());
            }
        }
        return names;
    }

    /** A directory card: only its id and name are read. */
    record Member(String id, String name) {
    }
}
