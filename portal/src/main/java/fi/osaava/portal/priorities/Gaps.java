package fi.osaava.portal.priorities;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.desk.DeskEcosystem;
import fi.osaava.portal.desk.DeskEcosystems;

/** needs-service's gap list, a need, its priority, and membership-service's ecosystems, with the coordinator's token. */
@Component
class Gaps {

    private final ServiceApis apis;
    private final DeskEcosystems ecosystems;

    Gaps(ServiceApis apis, DeskEcosystems ecosystems) {
        this.apis = apis;
        this.ecosystems = ecosystems;
    }

    List<DeskEcosystem> ecosystems() {
        return ecosystems.all();
    }

    /**
     * The gap list in needs-service's planning order (priority, then demand, then the oldest), one call. An
     * ecosystem of one region is asked as that region; of several, the list is asked without a region and only
     * the ecosystem's regions are kept (the order stays the service's).
     */
    GapList gaps(GapFilter filter, @Nullable DeskEcosystem ecosystem, int shown) {
        String region = filter.region();
        List<String> within = ecosystem == null ? List.of() : ecosystem.regions();
        if (ecosystem != null && region != null && !within.contains(region)) {
            return new GapList(List.of(), 0);
        }
        if (region == null && within.size() == 1) {
            region = within.get(0);
        }
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/needs/gaps");
        if (region != null) {
            query.queryParam("region", region);
        }
        if (filter.competenceArea() != null) {
            query.queryParam("competenceArea", filter.competenceArea());
        }
        if (filter.horizon() != null) {
            query.queryParam("horizon", filter.horizon());
        }
        boolean keepRegionsHere = region == null && within.size() > 1;
        if (!keepRegionsHere) {
            // needs-service sends the first rows only, and the whole list's size in X-Total-Count
            query.queryParam("limit", shown);
        }
        ResponseEntity<GapNeed[]> answer = apis.of(OsaavaService.NEEDS).get().uri(apis.url(OsaavaService.NEEDS, query))
                .retrieve().toEntity(GapNeed[].class);
        List<GapNeed> listed = answer.getBody() == null ? List.of() : Arrays.asList(answer.getBody());
        if (keepRegionsHere) {
            List<GapNeed> kept = listed.stream().filter(need -> within.contains(need.region())).toList();
            return new GapList(kept.size() > shown ? kept.subList(0, shown) : kept, kept.size());
        }
        String total = answer.getHeaders().getFirst("X-Total-Count");
        return new GapList(listed, total == null ? listed.size() : Integer.parseInt(total));
    }

    /** The first rows of the gap list, and how many needs the whole list has. */
    record GapList(List<GapNeed> needs, int total) {
    }

    Optional<GapNeed> need(String id) {
        try {
            return Optional.ofNullable(apis.of(OsaavaService.NEEDS).get().uri("/api/needs/{id}", id)
                    .retrieve().body(GapNeed.class));
        } catch (ServiceProblem problem) {
            if (problem.isNotFound() || problem.status() == 400) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** needs-service keeps the decision in the need's history; a blank priority clears it. */
    void prioritise(String needId, PriorityForm form) {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("priority", form.priority());
        body.put("reason", form.reason());
        apis.of(OsaavaService.NEEDS).put().uri("/api/needs/{id}/priority", needId).body(body)
                .retrieve().toBodilessEntity();
    }

    /** needs-service's prioritised list as CSV, passed on as it came (its file name too). */
    ResponseEntity<byte[]> prioritiesCsv(String delimiter) {
        return apis.of(OsaavaService.NEEDS).get()
                .uri(apis.url(OsaavaService.NEEDS, UriComponentsBuilder.fromPath("/api/foresight/priorities.csv")
                        .queryParam("delimiter", delimiter)))
                .retrieve().toEntity(byte[].class);
    }
}
