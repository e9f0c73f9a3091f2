package fi.osaava.portal.needs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;

/** Competence needs as needs-service serves them, asked with the signed-in person's token. */
@Component
class Needs {

    private final ServiceApis apis;

    Needs(ServiceApis apis) {
        this.apis = apis;
    }

    List<Need> ofOrganisation(String organisationId) {
        Need[] needs = apis.of(OsaavaService.NEEDS).get()
                .uri(apis.url(OsaavaService.NEEDS, UriComponentsBuilder.fromPath("/api/needs")
                        .queryParam("reportingOrganisationId", organisationId).queryParam("size", 100)))
                .retrieve().body(Need[].class);
        return needs == null ? List.of() : Arrays.asList(needs);
    }

    /** Open needs (published, answered, covered), newest first, optionally of one area (with narrower) or region. */
    List<Need> open(@org.jspecify.annotations.Nullable String competenceArea,
                    @org.jspecify.annotations.Nullable String region) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/needs")
                .queryParam("status", "PUBLISHED,ANSWERED,COVERED").queryParam("size", 100);
        if (competenceArea != null && !competenceArea.isBlank()) {
            query.queryParam("competenceArea", competenceArea);
        }
        if (region != null && !region.isBlank()) {
            query.queryParam("region", region);
        }
        Need[] needs = apis.of(OsaavaService.NEEDS).get().uri(apis.url(OsaavaService.NEEDS, query))
                .retrieve().body(Need[].class);
        return needs == null ? List.of() : Arrays.asList(needs);
    }

    Optional<Need> get(String id) {
        try {
            return Optional.ofNullable(apis.of(OsaavaService.NEEDS).get().uri("/api/needs/{id}", id)
                    .retrieve().body(Need.class));
        } catch (ServiceProblem problem) {
            if (problem.isNotFound() || problem.status() == 400) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    List<SimilarNeed> similar(NeedForm form) {
        SimilarNeed[] similar = apis.of(OsaavaService.NEEDS).get()
                .uri(apis.url(OsaavaService.NEEDS, UriComponentsBuilder.fromPath("/api/needs/similar")
                        .queryParam("competenceAreas", String.join(",", form.areas()))
                        .queryParam("region", form.region())
                        .queryParam("targetGroup", form.targetGroup())))
                .retrieve().body(SimilarNeed[].class);
        return similar == null ? List.of() : Arrays.asList(similar);
    }

    /** Reports and publishes the need; its id. */
    String report(NeedForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", form.title());
        body.put("description", form.description() == null ? "" : form.description());
        body.put("competenceAreas", form.areas());
        body.put("region", form.region());
        body.put("targetGroup", form.targetGroup());
        body.put("estimatedLearners", form.estimatedLearners());
        body.put("horizon", form.horizon());
        body.put("earliestStart", form.earliestStart());
        body.put("latestStart", form.latestStart());
        Need created = apis.of(OsaavaService.NEEDS).post().uri("/api/needs?publish=true").body(body)
                .retrieve().body(Need.class);
        if (created == null) {
            throw new IllegalStateException("needs-service answered a report without the need");
        }
        return created.id();
    }

    /** {@code how} is {@code withdraw} or {@code close}: needs-service's own endpoints, which decide who may. */
    void end(String needId, String how, String reason) {
        apis.of(OsaavaService.NEEDS).post().uri("/api/needs/{id}/{how}", needId, how)
                .body(Map.of("reason", reason)).retrieve().toBodilessEntity();
    }

    void endorse(String needId, EndorsementForm form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learners", form.learners());
        body.put("comment", form.comment() == null ? "" : form.comment());
        apis.of(OsaavaService.NEEDS).put().uri("/api/needs/{id}/endorsements/mine", needId).body(body)
                .retrieve().toBodilessEntity();
    }
}
