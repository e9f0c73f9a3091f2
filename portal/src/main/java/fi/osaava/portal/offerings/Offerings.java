package fi.osaava.portal.offerings;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;
import tools.jackson.databind.JsonNode;

/** Publishing offerings at catalogue-service, and answering a need with one at needs-service. */
@Component
class Offerings {

    /**
     * needs-service learns of a new offering from catalogue-service's event, a moment after it is published; until
     * then it refuses the offering as unknown. The answer is tried again for this long.
     */
    static final Duration ANSWER_PATIENCE = Duration.ofSeconds(10);
    private static final Duration ANSWER_PAUSE = Duration.ofMillis(250);

    private final ServiceApis apis;

    Offerings(ServiceApis apis) {
        this.apis = apis;
    }

    /** The organisation's own offerings (drafts, published, withdrawn), newest first. */
    java.util.List<fi.osaava.portal.tray.Offering> ofOrganisation(String organisationId) {
        fi.osaava.portal.tray.Offering[] all = apis.of(OsaavaService.CATALOGUE).get().uri("/api/offerings?size=200")
                .retrieve().body(fi.osaava.portal.tray.Offering[].class);
        return all == null ? java.util.List.of() : java.util.Arrays.stream(all)
                .filter(offering -> offering.providerOrganisationId().equals(organisationId)).toList();
    }

    /** New content for the organisation's own offering (a published one raises catalogue-service's update). */
    void update(String offeringId, OfferingForm form) {
        apis.of(OsaavaService.CATALOGUE).put().uri("/api/offerings/{id}", offeringId).body(form.toRequest())
                .retrieve().toBodilessEntity();
    }

    void withdraw(String offeringId, String reason) {
        apis.of(OsaavaService.CATALOGUE).post().uri("/api/offerings/{id}/withdraw", offeringId)
                .body(Map.of("reason", reason)).retrieve().toBodilessEntity();
    }

    /** Creates and publishes the offering; its id. */
    String publish(OfferingForm form) {
        JsonNode created = apis.of(OsaavaService.CATALOGUE).post().uri("/api/offerings?publish=true")
                .body(form.toRequest()).retrieve().body(JsonNode.class);
        if (created == null || !created.path("id").isString()) {
            throw new IllegalStateException("catalogue-service answered a publication without the offering's id");
        }
        return created.path("id").asString();
    }

    /** The provider's answer to a need: this offering covers it. */
    void answer(String needId, String offeringId, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "OFFERING");
        body.put("offeringId", offeringId);
        body.put("message", message);
        long deadline = System.nanoTime() + ANSWER_PATIENCE.toNanos();
        while (true) {
            try {
                apis.of(OsaavaService.NEEDS).post().uri("/api/needs/{id}/answers", needId).body(body)
                        .retrieve().toBodilessEntity();
                return;
            } catch (ServiceProblem refused) {
                boolean notYetKnown = refused.status() == 400
                        && refused.fields().stream().anyMatch(field -> field.field().equals("offeringId"));
                if (!notYetKnown || System.nanoTime() > deadline) {
                    throw refused;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ANSWER_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering a need", e);
        }
    }
}
