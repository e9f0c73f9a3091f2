package fi.osaava.portal.members;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.signin.Person;

/**
 * The ecosystems a coordinator works on at the desk. membership-service lets the {@code COORDINATOR} role (the
 * platform coordinator, the only one who reaches the desk) decide in every ecosystem, and an ecosystem's coordinator
 * organisation in its own; so the desk offers every ecosystem of the deployment ({@code /api/ecosystems}, sorted by
 * name there), those the person's own organisation coordinates first. An id that is no ecosystem is a 404.
 */
@Component
public class CoordinatedEcosystems {

    private final ServiceApis apis;

    CoordinatedEcosystems(ServiceApis apis) {
        this.apis = apis;
    }

    public EcosystemChoice choose(@Nullable String requested, @Nullable Authentication person) {
        DeskEcosystem[] found = apis.of(OsaavaService.MEMBERSHIP).get().uri("/api/ecosystems").retrieve()
                .body(DeskEcosystem[].class);
        String organisation = Person.of(person).map(Person::organisationId).orElse(null);
        List<DeskEcosystem> own = new ArrayList<>();
        List<DeskEcosystem> others = new ArrayList<>();
        for (DeskEcosystem ecosystem : found == null ? List.<DeskEcosystem>of() : Arrays.asList(found)) {
            (java.util.Objects.equals(ecosystem.coordinatorOrganisationId(), organisation) ? own : others).add(ecosystem);
        }
        own.addAll(others);
        if (own.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        DeskEcosystem current = requested == null || requested.isBlank() ? own.get(0) : own.stream()
                .filter(ecosystem -> ecosystem.id().equals(requested)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new EcosystemChoice(List.copyOf(own), current);
    }
}
