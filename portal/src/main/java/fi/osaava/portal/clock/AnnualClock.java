package fi.osaava.portal.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;

/** membership-service's annual clock of an ecosystem ({@code /api/ecosystems/{id}/annual-clock…}). */
@Component
class AnnualClock {

    private static final String CLOCK = "/api/ecosystems/{ecosystemId}/annual-clock";
    private static final String ENTRIES = CLOCK + "/entries";
    private static final String ENTRY = ENTRIES + "/{entryId}";

    private final ServiceApis apis;

    AnnualClock(ServiceApis apis) {
        this.apis = apis;
    }

    /**
     * The occurrences around {@code today}: this year's and next year's (two calls), and last year's only when a
     * range over the turn of the year may still be running (a third call, in that case only).
     */
    List<Occurrence> around(String ecosystemId, LocalDate today) {
        List<Occurrence> thisYear = year(ecosystemId, today.getYear());
        List<Occurrence> all = new ArrayList<>();
        if (thisYear.stream().anyMatch(Occurrence::wrapsIntoNextYear)) {
            year(ecosystemId, today.getYear() - 1).stream()
                    .filter(Occurrence::wrapsIntoNextYear)
                    .filter(occurrence -> !occurrence.endedBefore(today))
                    .forEach(all::add);
        }
        all.addAll(thisYear);
        if (thisYear.stream().anyMatch(occurrence -> occurrence.endedBefore(today))) {
            all.addAll(year(ecosystemId, today.getYear() + 1));
        }
        return all;
    }

    Entry entry(String ecosystemId, String entryId) {
        return apis.of(OsaavaService.MEMBERSHIP).get().uri(ENTRY, ecosystemId, entryId).retrieve().body(Entry.class);
    }

    Entry add(String ecosystemId, Map<String, Object> request) {
        return apis.of(OsaavaService.MEMBERSHIP).post().uri(ENTRIES, ecosystemId).body(request).retrieve()
                .body(Entry.class);
    }

    void change(String ecosystemId, String entryId, Map<String, Object> request) {
        apis.of(OsaavaService.MEMBERSHIP).put().uri(ENTRY, ecosystemId, entryId).body(request).retrieve()
                .toBodilessEntity();
    }

    void retire(String ecosystemId, String entryId) {
        apis.of(OsaavaService.MEMBERSHIP).post().uri(ENTRY + "/retire", ecosystemId, entryId).retrieve()
                .toBodilessEntity();
    }

    private List<Occurrence> year(String ecosystemId, int year) {
        AnnualClockYear answer = apis.of(OsaavaService.MEMBERSHIP).get().uri(CLOCK + "?year={year}", ecosystemId, year)
                .retrieve().body(AnnualClockYear.class);
        return answer == null ? List.of() : answer.occurrences();
    }
}
