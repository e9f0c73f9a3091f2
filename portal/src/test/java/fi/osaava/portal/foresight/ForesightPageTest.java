package fi.osaava.portal.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;
import fi.osaava.portal.SignedIn;

/** The coordinator's foresight page and its CSV files, over needs- and catalogue-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class ForesightPageTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService needs = new FakeService();

    /** Shapes as needs-service's DemandReport.Demand and TrendReport.Trend give them. */
    static final String DEMAND = """
            {"generatedAt": "2026-12-06T08:00:00Z", "level": "concept",
             "rows": [
               {"competenceArea": "medication-safety", "label": "Lääkehoidon turvallisuus", "horizon": "NOW",
                "region": "11", "regionName": "Pohjois-Savo", "needs": 3, "learners": 42},
               {"competenceArea": "medication-calculations", "label": "Lääkelaskenta", "horizon": "WITHIN_A_YEAR",
                "region": "11", "regionName": "Pohjois-Savo", "needs": 2, "learners": 25},
               {"competenceArea": "medication-safety", "label": "Lääkehoidon turvallisuus", "horizon": "ONE_TO_THREE_YEARS",
                "region": "11", "regionName": "Pohjois-Savo", "needs": 1, "learners": 8}],
             "totals": {"needs": 5, "learners": 75}}""";

    static final String TREND = """
            {"quarters": ["2026-Q3", "2026-Q4"],
             "series": [{"competenceArea": "medication-safety", "label": "Lääkehoidon turvallisuus",
                         "points": [{"quarter": "2026-Q3", "needsPublished": 2, "learners": 30},
                                    {"quarter": "2026-Q4", "needsPublished": 4, "learners": 45}]}],
             "totals": [{"quarter": "2026-Q3", "needsPublished": 2, "learners": 30},
                        {"quarter": "2026-Q4", "needsPublished": 4, "learners": 45}]}""";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
        properties.add("osaava.portal.needs", () -> needs.url().toString());
    }

    @AfterAll
    static void stop() {
        catalogue.close();
        needs.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        needs.reset();
        needs.json("/api/foresight/demand", DEMAND).json("/api/foresight/trend", TREND);
    }

    @Test
    void theDemandChartAndItsTableShowTheServicesFigures() throws Exception {
        String page = mvc.perform(get("/desk/foresight").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Ennakointi</h1>", "aria-current=\"page\"", "role=\"img\"",
                "aria-labelledby=\"demand-chart-title demand-chart-desc\"", "<title id=\"demand-chart-title\">",
                "id=\"demand-table\"", "<caption>Kysyntä henkilöinä osaamisalueittain, alueittain ja ajankohdittain</caption>",
                "data-area=\"medication-safety\" data-horizon=\"NOW\" data-region=\"11\" data-needs=\"3\">42</td>",
                "data-area=\"medication-safety\" data-horizon=\"ONE_TO_THREE_YEARS\" data-region=\"11\" data-needs=\"1\">8</td>",
                "data-area=\"medication-calculations\" data-horizon=\"WITHIN_A_YEAR\" data-region=\"11\" data-needs=\"2\">25</td>",
                "data-area=\"medication-calculations\" data-horizon=\"NOW\" data-region=\"11\" data-needs=\"0\">0</td>",
                "Lääkehoidon turvallisuus, Nyt: 42 henkilöä, 3 tarvetta", "viewBox=\"0 0 600");
        // the row with the most learners first, in the chart and in the table alike
        assertThat(page.indexOf(">Lääkehoidon turvallisuus</th>")).isLessThan(page.indexOf(">Lääkelaskenta</th>"));
        assertThat(page).doesNotContain("style=", "<script>");
        FakeService.Call demand = needs.callsTo("/api/foresight/demand").get(0);
        assertThat(demand.uri().getQuery()).isEqualTo("level=concept");
        assertThat(demand.authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void theTrendChartAndItsTableShowEveryQuarter() throws Exception {
        String page = mvc.perform(get("/desk/foresight").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"trend-table\"", "aria-labelledby=\"trend-chart-title trend-chart-desc\"",
                "data-measure=\"needsPublished\" data-quarter=\"2026-Q4\">4</td>",
                "data-measure=\"learners\" data-quarter=\"2026-Q4\">45</td>", "2026-Q3: 2 tarvetta, 30 henkilöä");
        assertThat(needs.callsTo("/api/foresight/trend").get(0).uri().getQuery()).isEqualTo("level=concept");
    }

    @Test
    void theFiltersGoToNeedsServiceAndToTheCsvLinks() throws Exception {
        String page = mvc.perform(get("/desk/foresight").with(SignedIn.coordinator()).param("region", "11")
                        .param("horizon", "NOW").param("level", "top"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(needs.callsTo("/api/foresight/demand").get(0).uri().getQuery())
                .isEqualTo("level=top&region=11&horizon=NOW");
        assertThat(needs.callsTo("/api/foresight/trend").get(0).uri().getQuery()).isEqualTo("level=top&region=11");
        assertThat(page).contains("href=\"/desk/foresight/demand.csv?level=top&amp;region=11&amp;horizon=NOW\"",
                "href=\"/desk/foresight/demand.csv?level=top&amp;region=11&amp;horizon=NOW&amp;delimiter=semicolon\"",
                "href=\"/desk/foresight/trend.csv?level=top&amp;region=11\"");
    }

    @Test
    void theCsvFilesComeThroughThePortalWithTheCoordinatorsToken() throws Exception {
        needs.answer("/api/foresight/demand.csv", 200, "text/csv;charset=UTF-8", "competenceArea;learners\nx;1\n");

        mvc.perform(get("/desk/foresight/demand.csv").with(SignedIn.coordinator()).param("region", "11")
                        .param("delimiter", "semicolon"))
                .andExpect(status().isOk())
                .andExpect(content().string("competenceArea;learners\nx;1\n"))
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"osaava-demand.csv\""));

        FakeService.Call csv = needs.callsTo("/api/foresight/demand.csv").get(0);
        assertThat(csv.uri().getQuery()).isEqualTo("level=concept&region=11&delimiter=semicolon");
        assertThat(csv.authorization()).isEqualTo("Bearer access-token");
        mvc.perform(get("/desk/foresight/trend.csv").with(SignedIn.coordinator()).param("delimiter", "tab"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRegionNeedsServiceDoesNotKnowIsSaidOnThePage() throws Exception {
        needs.problem("/api/foresight/demand", 400, """
                {"status": 400, "title": "Bad Request", "errors": [{"field": "region", "message": "unknown region code: 99"}]}""");

        String page = mvc.perform(get("/desk/foresight").with(SignedIn.coordinator()).param("region", "99"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Tarvepalvelu ei tunnistanut valittua aluetta.").doesNotContain("id=\"demand-table\"");
    }

    @Test
    void theForesightPageInSwedish() throws Exception {
        String page = mvc.perform(get("/desk/foresight").with(SignedIn.coordinator()).param("lang", "sv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Framförhållning</h1>", "Läkemedelssäkerhet", "Norra Savolax",
                "Efterfrågan per kompetensområde", "Ladda ner CSV");
    }

    @Test
    void aMemberGetsTheForbiddenPageAndNothingIsAsked() throws Exception {
        for (String page : List.of("/desk/foresight", "/desk/foresight/demand.csv", "/desk/foresight/trend.csv")) {
            mvc.perform(get(page).with(SignedIn.member()))
                    .andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/forbidden"));
        }
        assertThat(needs.calls()).isEmpty();
    }
}
