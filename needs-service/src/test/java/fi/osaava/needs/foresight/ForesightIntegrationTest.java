package fi.osaava.needs.foresight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;

/** Foresight over real HTTP: needs reported, published and endorsed through the API, then counted. */
@ServiceIntegrationTest
class ForesightIntegrationTest {

    /** Kainuu: no other test reports needs there, so the region's report holds only this test's needs. */
    static final String KAINUU = "18";

    @LocalServerPort
    int port;

    @Test
    void countsPublishedAndEndorsedNeedsAndExportsThemAsCsv() {
        RestClient http = TestHttp.to(port).build();
        String orgA = TestTokens.forOrganisation("org-kainuu-a", "MEMBER");
        String orgB = TestTokens.forOrganisation("org-kainuu-b", "MEMBER");
        String first = publish(http, orgA, """
                {"region":"18","competenceAreas":["medication-calculations","hand-hygiene"],"targetGroup":"STAFF",
                 "title":"=Lääkelaskenta, \\"perusteet\\"","estimatedLearners":30,"horizon":"NOW"}""");
        String second = publish(http, orgB, """
                {"region":"18","competenceAreas":["medication-competence-assurance"],"targetGroup":"STAFF",
                 "title":"Lääkeluvat","estimatedLearners":12,"horizon":"NOW"}""");
        assertThat(http.put().uri("/api/needs/{id}/endorsements/mine", first).header("Authorization", "Bearer " + orgB)
                .contentType(MediaType.APPLICATION_JSON).body("{\"learners\":10,\"comment\":\"meillä myös\"}")
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);

        // top level: the first need (30 + 10 endorsed = 40) is in medication-safety and infection-prevention,
        // the second (12) in medication-safety: 40 + 12 = 52 and 40; the totals count each need once
        Map<?, ?> demand = http.get().uri("/api/foresight/demand?level=top&region=18")
                .header("Authorization", "Bearer " + orgA).retrieve().body(Map.class);
        assertThat(demand.get("level")).isEqualTo("top");
        assertThat(demand.get("rows")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(
                Map.of("competenceArea", "medication-safety", "label", "Lääkehoidon turvallisuus", "horizon", "NOW",
                        "region", KAINUU, "regionName", "Kainuu", "needs", 2, "learners", 52),
                Map.of("competenceArea", "infection-prevention", "label", "Infektioiden torjunta", "horizon", "NOW",
                        "region", KAINUU, "regionName", "Kainuu", "needs", 1, "learners", 40));
        assertThat(demand.get("totals")).isEqualTo(Map.of("needs", 2, "learners", 52));

        ResponseEntity<byte[]> csv = http.get().uri("/api/foresight/demand.csv?level=top&region=18&delimiter=semicolon")
                .header("Authorization", "Bearer " + TestTokens.coordinator()).retrieve().toEntity(byte[].class);
        assertThat(csv.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8"));
        assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"osaava-demand-" + LocalDate.now(TrendReport.FINNISH_TIME) + ".csv\"");
        assertThat(csv.getBody()).isEqualTo(("\uFEFFcompetenceArea;label;horizon;region;regionName;needs;learners\r\n"
                + "medication-safety;Lääkehoidon turvallisuus;NOW;18;Kainuu;2;52\r\n"
                + "infection-prevention;Infektioiden torjunta;NOW;18;Kainuu;1;40\r\n").getBytes(StandardCharsets.UTF_8));

        // the reporter's own title is defused (a leading apostrophe) and quoted (a comma and quotes)
        String priorities = new String(http.get().uri("/api/foresight/priorities.csv")
                .header("Authorization", "Bearer " + orgB).retrieve().body(byte[].class), StandardCharsets.UTF_8);
        assertThat(priorities).contains("," + first + ",\"'=Lääkelaskenta, \"\"perusteet\"\"\",org-kainuu-a,18,"
                + "\"medication-calculations, hand-hygiene\",NOW,,,40,1,");
        assertThat(priorities.indexOf(first)).isLessThan(priorities.indexOf(second));
    }

    @Test
    void refusesAnonymousCallersAndNamesABadQuarter() {
        RestClient http = TestHttp.to(port).build();

        assertThat(http.get().uri("/api/foresight/trend").retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(401);
        ResponseEntity<Map> bad = http.get().uri("/api/foresight/trend.csv?from=2026-Q1&to=2025-Q4")
                .header("Authorization", "Bearer " + TestTokens.forOrganisation("org-kainuu-a", "MEMBER"))
                .retrieve().toEntity(Map.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("errors")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement()
                .satisfies(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo("from"));
    }

    private static String publish(RestClient http, String token, String body) {
        Map<?, ?> created = http.post().uri("/api/needs?publish=true").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(Map.class);
        assertThat(created.get("status")).isEqualTo("PUBLISHED");
        return (String) created.get("id");
    }
}
