package fi.osaava.portal.desk;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.api.ServiceUnavailableException;

/**
 * The overview's figures, each from one call to the service that owns it, with the coordinator's token; a service
 * that does not answer (or refuses) leaves its own part empty and the others standing. "Today" and "this week" are
 * in Finnish time (the week from Monday).
 */
@Component
class OverviewCounts {

    /** needs-service's largest page: the newest needs of the week come in one call. */
    static final int NEEDS_PAGE = 200;
    static final int NEWEST_SHOWN = 5;
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static final Logger log = LoggerFactory.getLogger(OverviewCounts.class);

    private final ServiceApis apis;
    private final Clock clock;

    @Autowired
    OverviewCounts(ServiceApis apis) {
        this(apis, Clock.systemUTC());
    }

    OverviewCounts(ServiceApis apis, Clock clock) {
        this.apis = apis;
        this.clock = clock;
    }

    Overview now() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, HELSINKI);
        Instant weekBegan = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(HELSINKI)
                .toInstant();
        Instant dayBegan = today.atStartOfDay(HELSINKI).toInstant();
        return new Overview(now, unlessUnavailable(() -> newNeeds(weekBegan)), unlessUnavailable(this::uncovered),
                unlessUnavailable(this::deliveries));
    }

    /**
     * The newest needs (newest created first, withdrawn and drafts left out), of which those published since the
     * week began. A need created before the page's oldest one but published this week is missed only when the page
     * is full, and then the count says "at least".
     */
    private Overview.NewNeeds newNeeds(Instant weekBegan) {
        NeedSummary[] page = apis.of(OsaavaService.NEEDS).get()
                .uri(apis.url(OsaavaService.NEEDS, UriComponentsBuilder.fromPath("/api/needs")
                        .queryParam("status", "PUBLISHED,ANSWERED,COVERED,CLOSED").queryParam("size", NEEDS_PAGE)))
                .retrieve().body(NeedSummary[].class);
        List<NeedSummary> needs = page == null ? List.of() : Arrays.asList(page);
        List<Overview.NewNeed> thisWeek = needs.stream()
                .filter(need -> need.publishedAt() != null && !need.publishedAt().isBefore(weekBegan))
                .map(need -> new Overview.NewNeed(need.id(), need.title(), need.publishedAt(), need.totalDemand()))
                .sorted(java.util.Comparator.comparing(Overview.NewNeed::publishedAt).reversed())
                .toList();
        boolean full = needs.size() >= NEEDS_PAGE && !needs.get(needs.size() - 1).createdAt().isBefore(weekBegan);
        return new Overview.NewNeeds(thisWeek.size(), full,
                thisWeek.subList(0, Math.min(NEWEST_SHOWN, thisWeek.size())));
    }

    /**
     * The gap list's size and learners (the open needs nothing covers yet, fully: published or answered), from the
     * headers of needs-service's gap list asked for no rows.
     */
    private Overview.Uncovered uncovered() {
        org.springframework.http.HttpHeaders headers = apis.of(OsaavaService.NEEDS).get().uri("/api/needs/gaps?limit=0")
                .retrieve().toBodilessEntity().getHeaders();
        String needs = headers.getFirst("X-Total-Count");
        String learners = headers.getFirst("X-Total-Learners");
        if (needs == null || learners == null) {
            throw new RestClientException("needs-service answered the gap list without its totals");
        }
        return new Overview.Uncovered(Integer.parseInt(learners), Integer.parseInt(needs));
    }

    /** Today's (in Helsinki, as notification-service counts it) alerts sent and failed, deliveries waiting and dead. */
    private Overview.DeliveryCounts deliveries() {
        Overview.DeliveryCounts counts = apis.of(OsaavaService.NOTIFICATION).get()
                .uri("/api/deliveries/counts")
                .retrieve().body(Overview.DeliveryCounts.class);
        if (counts == null) {
            throw new RestClientException("notification-service answered the delivery counts without a body");
        }
        return counts;
    }

    private static <T> @Nullable T unlessUnavailable(Supplier<T> figures) {
        try {
            return figures.get();
        } catch (ServiceUnavailableException | ServiceProblem | RestClientException e) {
            log.warn("The overview goes without a part: {}", e.getMessage());
            return null;
        }
    }

    /** A need as the overview reads it from needs-service (the other fields are ignored). */
    record NeedSummary(String id, String title, int totalDemand, Instant createdAt, @Nullable Instant publishedAt) {
    }

}
