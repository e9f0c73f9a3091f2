package fi.osaava.portal.tray;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;

/** An offering of the tray as catalogue-service serves it (the search goes through {@code SearchPages}). */
@Component
public class Tray {

    private final ServiceApis apis;

    Tray(ServiceApis apis) {
        this.apis = apis;
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
