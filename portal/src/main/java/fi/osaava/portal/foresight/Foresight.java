package fi.osaava.portal.foresight;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;

/** needs-service's foresight reports and their CSV files, asked with the coordinator's token. */
@Component
class Foresight {

    private final ServiceApis apis;

    Foresight(ServiceApis apis) {
        this.apis = apis;
    }

    Reports.Demand demand(ForesightFilter filter) {
        Reports.Demand demand = apis.of(OsaavaService.NEEDS).get()
                .uri(apis.url(OsaavaService.NEEDS, filter.demand("/api/foresight/demand")))
                .retrieve().body(Reports.Demand.class);
        return demand == null ? new Reports.Demand(filter.levelOrDefault(), null, null) : demand;
    }

    /** The default period: needs-service's last eight quarters up to now. */
    Reports.Trend trend(ForesightFilter filter) {
        Reports.Trend trend = apis.of(OsaavaService.NEEDS).get()
                .uri(apis.url(OsaavaService.NEEDS, filter.trend("/api/foresight/trend")))
                .retrieve().body(Reports.Trend.class);
        return trend == null ? new Reports.Trend(null, null, null) : trend;
    }

    /** {@code report} is demand or trend: the service's CSV as it came (its file name too). */
    ResponseEntity<byte[]> csv(String report, ForesightFilter filter, String delimiter) {
        String path = "/api/foresight/" + report + ".csv";
        UriComponentsBuilder query = (report.equals("demand") ? filter.demand(path) : filter.trend(path))
                .queryParam("delimiter", delimiter);
        return apis.of(OsaavaService.NEEDS).get().uri(apis.url(OsaavaService.NEEDS, query))
                .retrieve().toEntity(byte[].class);
    }
}
