package fi.osaava.portal.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import fi.osaava.portal.MembershipFixtures;
import fi.osaava.portal.SignedIn;

/** The coordinator's gap list, a need's priority and the print view, over needs-, membership- and catalogue-service. */
@SpringBootTest
@AutoConfigureMockMvc
class GapsPagesTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService needs = new FakeService();
    static final FakeService membership = new FakeService();

    /** needs-service's planning order: the prioritised one first although the other has more demand. */
    static final String GAPS = """
            [{"id": "need-2", "reportingOrganisationId": "org-kotihoito", "region": "11",
              "competenceAreas": ["medication-safety"], "targetGroup": "STAFF", "title": "Lääkehoidon kertaus",
              "description": "Kotihoidon lääkehoito.", "estimatedLearners": 10, "totalDemand": 14, "horizon": "NOW",
              "earliestStart": null, "latestStart": null, "status": "PUBLISHED", "priority": "HIGH",
              "priorityHistory": [
                {"priority": "LOW", "reason": "Ei kiireellinen", "decidedAt": "2026-10-01T08:00:00Z", "decidedBy": "org-county"},
                {"priority": "HIGH", "reason": "Poikkeamat lisääntyneet", "decidedAt": "2026-11-02T09:30:00Z", "decidedBy": "org-county"}],
              "endorsements": [{"organisationId": "org-a", "learners": 4, "comment": "", "endorsedAt": "2026-10-05T08:00:00Z"}],
              "answers": [], "coveringOfferings": [], "uncoveredAreas": ["medication-safety"],
              "createdAt": "2026-09-01T08:00:00Z", "updatedAt": null, "publishedAt": "2026-09-01T08:00:00Z",
              "coveredAt": null, "endedAt": null, "endReason": null, "futureField": 1},
             {"id": "need-1", "reportingOrganisationId": "org-other", "region": "11",
              "competenceAreas": ["medication-calculations"], "targetGroup": "SUPERVISORS", "title": "Lääkelaskut",
              "description": "", "estimatedLearners": 40, "totalDemand": 40, "horizon": "WITHIN_A_YEAR",
              "status": "ANSWERED", "priority": null, "priorityHistory": [], "endorsements": [], "answers": [],
              "coveringOfferings": [], "uncoveredAreas": ["medication-calculations"],
              "createdAt": "2026-11-20T08:00:00Z", "publishedAt": "2026-11-20T08:00:00Z"}]""";

    static final String NEED_2 = GAPS.substring(GAPS.indexOf('{'), GAPS.indexOf("{\"id\": \"need-1\"")).strip()
            .replaceAll(",$", "");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
        properties.add("osaava.portal.needs", () -> needs.url().toString());
        properties.add("osaava.portal.membership", () -> membership.url().toString());
    }

    @AfterAll
    static void stop() {
        catalogue.close();
        needs.close();
        membership.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        needs.reset();
        membership.reset();
        needs.json("/api/needs/gaps", GAPS).json("/api/needs/need-2", NEED_2)
                .json("/api/needs/need-2/priority", NEED_2).json("/api/needs/need-1/priority", NEED_2);
        MembershipFixtures.serve(membership);
    }

    @Test
    void theGapListShowsTheServicesOrderWithPriorityDemandAgeAndTheLatestReason() throws Exception {
        String page = mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(rowIds(page, "gaps")).containsExactly("need-2", "need-1");
        assertThat(page).contains("id=\"gaps\"", "<caption>Kattamattomat tarpeet priorisointijärjestyksessä</caption>",
                "2 kattamatonta tarvetta", "Korkea", "Ei asetettu", "Poikkeamat lisääntyneet",
                "Lääkehoidon turvallisuus", "Pohjois-Savo", "Vuoden sisällä", "href=\"/desk/gaps/need-2\"",
                "id=\"print-view\" href=\"/desk/gaps/print\"", "aria-current=\"page\"", "/css/desk-needs.css")
                .doesNotContain("Ei kiireellinen");
        FakeService.Call call = needs.callsTo("/api/needs/gaps").get(0);
        assertThat(call.uri().getQuery()).as("the first rows only").isEqualTo("limit=200");
        assertThat(call.authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void theCountIsTheWholeListsFromNeedsServiceWhileOnlyTheFirstRowsAreSent() throws Exception {
        needs.json("/api/needs/gaps", GAPS, java.util.Map.of("X-Total-Count", "150", "X-Total-Learners", "999"));

        String page = mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(rowIds(page, "gaps")).containsExactly("need-2", "need-1");
        assertThat(page).contains("150 kattamatonta tarvetta");
    }

    @Test
    void theFiltersGoToNeedsServiceAndTheirAddressIsSharedWithThePrintView() throws Exception {
        String page = mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()).param("region", "11")
                        .param("competenceArea", "medication-safety").param("horizon", "NOW").param("ecosystem", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(needs.callsTo("/api/needs/gaps").get(0).uri().getQuery())
                .isEqualTo("region=11&competenceArea=medication-safety&horizon=NOW&limit=200");
        assertThat(page).contains(
                "id=\"print-view\" href=\"/desk/gaps/print?region=11&amp;competenceArea=medication-safety&amp;horizon=NOW\"",
                "<option value=\"NOW\" selected=\"selected\">Nyt</option>");
    }

    @Test
    void anEcosystemOfOneRegionAsksForThatRegion() throws Exception {
        mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()).param("ecosystem", "pohjois-savo"))
                .andExpect(status().isOk());

        assertThat(needs.callsTo("/api/needs/gaps").get(0).uri().getQuery()).isEqualTo("region=11&limit=200");
    }

    @Test
    void anEcosystemOfSeveralRegionsKeepsOnlyItsRegionsInTheServicesOrder() throws Exception {
        membership.json("/api/ecosystems", """
                [{"id": "east", "name": "Itä", "regions": ["01", "06"]}]""");

        String page = mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()).param("ecosystem", "east"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(needs.callsTo("/api/needs/gaps").get(0).uri().getQuery()).isNull();
        assertThat(page).contains("Ei kattamattomia tarpeita").doesNotContain("data-need=");
    }

    @Test
    void anUnknownEcosystemOrAForgedFilterIsABadRequestWithoutAskingNeedsService() throws Exception {
        mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()).param("ecosystem", "nowhere"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()).param("horizon", "SOMEDAY"))
                .andExpect(status().isBadRequest());

        assertThat(needs.callsTo("/api/needs/gaps")).isEmpty();
    }

    @Test
    void thePrintViewListsThePrioritiesWithTheSameFilters() throws Exception {
        String page = mvc.perform(get("/desk/gaps/print").with(SignedIn.coordinator()).param("region", "11"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(rowIds(page, "priorities")).containsExactly("need-2", "need-1");
        assertThat(page).contains("<h1>Priorisointikokouksen lista</h1>", "Alue: Pohjois-Savo", "Poikkeamat lisääntyneet",
                "href=\"/desk/gaps?region=11\"", "class=\"print-view\"");
        assertThat(needs.callsTo("/api/needs/gaps").get(0).uri().getQuery()).isEqualTo("region=11&limit=200");
    }

    @Test
    void aNeedsDeskPageShowsTheFormAndTheDecisionsLatestFirst() throws Exception {
        String page = mvc.perform(get("/desk/gaps/need-2").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Lääkehoidon kertaus</h1>", "id=\"priority\"", "id=\"reason\"", "id=\"set-priority\"",
                "action=\"/desk/gaps/need-2/priority\"", "<option value=\"HIGH\" selected=\"selected\">Korkea</option>",
                "id=\"priority-history\"", "14 henkilöä (raportoija 10, tukijoita 1)");
        assertThat(page.indexOf("Poikkeamat lisääntyneet")).isLessThan(page.indexOf("Ei kiireellinen"));
        assertThat(page).contains("2.11.2026 11:30");
    }

    @Test
    void settingAPriorityPutsItWithItsReasonAndReturnsToTheList() throws Exception {
        mvc.perform(post("/desk/gaps/need-1/priority").with(SignedIn.coordinator()).with(csrf())
                        .param("priority", "HIGH").param("reason", "  Kokous 12/2026 päätti  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/desk/gaps"));

        FakeService.Call put = needs.callsTo("/api/needs/need-1/priority").get(0);
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.body()).isEqualTo("{\"priority\":\"HIGH\",\"reason\":\"Kokous 12/2026 päätti\"}");
        assertThat(put.authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void noPriorityClearsItStillWithAReason() throws Exception {
        mvc.perform(post("/desk/gaps/need-1/priority").with(SignedIn.coordinator()).with(csrf())
                        .param("priority", "").param("reason", "Hoidettu muuta kautta"))
                .andExpect(status().is3xxRedirection());

        assertThat(needs.callsTo("/api/needs/need-1/priority").get(0).body())
                .isEqualTo("{\"priority\":null,\"reason\":\"Hoidettu muuta kautta\"}");
    }

    @Test
    void aPriorityWithoutAReasonIsRefusedBesideTheFieldBeforeAskingNeedsService() throws Exception {
        String page = mvc.perform(post("/desk/gaps/need-2/priority").with(SignedIn.coordinator()).with(csrf())
                        .param("priority", "HIGH").param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"reason-error\"", "Kirjoita perustelu", "aria-invalid=\"true\"");
        assertThat(needs.callsTo("/api/needs/need-2/priority")).isEmpty();
    }

    @Test
    void needsServicesFieldErrorsAreShownBesideTheFields() throws Exception {
        needs.problem("/api/needs/need-2/priority", 400, """
                {"status": 400, "title": "Bad Request", "detail": "Invalid request content.",
                 "errors": [{"field": "reason", "message": "size must be between 0 and 1000"}]}""");

        String page = mvc.perform(post("/desk/gaps/need-2/priority").with(SignedIn.coordinator()).with(csrf())
                        .param("priority", "HIGH").param("reason", "Syy"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<p id=\"reason-error\" class=\"error\">Tarvepalvelu ei hyväksynyt tätä: size must be between 0 and 1000</p>",
                ">Syy</textarea>");
    }

    @Test
    void aConflictIsShownAboveTheFormInThePersonsLanguage() throws Exception {
        needs.problem("/api/needs/need-2/priority", 409, """
                {"status": 409, "title": "Conflict", "detail": "Need need-2 is WITHDRAWN; only a published need gets a priority"}""");

        String page = mvc.perform(post("/desk/gaps/need-2/priority").with(SignedIn.coordinator()).with(csrf())
                        .param("priority", "LOW").param("reason", "Syy").param("lang", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("role=\"alert\"", "The status of the need is Withdrawn; only a published need can be given a priority.");
    }

    @Test
    void theListMarksTheNeedJustPrioritised() throws Exception {
        String page = mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()).flashAttr("prioritised", "need-2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Prioriteetti ja perustelu tallennettiin.", "class=\"just-prioritised\"");
    }

    @Test
    void theGapListInSwedish() throws Exception {
        String page = mvc.perform(get("/desk/gaps").with(SignedIn.coordinator()).param("lang", "sv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Luckor och prioritering</h1>", "Hög", "Inte satt", "Norra Savolax",
                "2 otäckta behov", "Utskriftsvänlig lista för prioriteringsmötet");
    }

    @Test
    void thePrioritisedListAsCsvComesThroughThePortal() throws Exception {
        needs.answer("/api/foresight/priorities.csv", 200, "text/csv;charset=UTF-8", "rank;needId\n1;need-2\n");

        mvc.perform(get("/desk/gaps/priorities.csv").with(SignedIn.coordinator()).param("delimiter", "semicolon"))
                .andExpect(status().isOk())
                .andExpect(content().string("rank;needId\n1;need-2\n"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"osaava-priorities.csv\""));

        assertThat(needs.callsTo("/api/foresight/priorities.csv").get(0).uri().getQuery()).isEqualTo("delimiter=semicolon");
    }

    @Test
    void aMemberGetsTheForbiddenPageAndNothingIsAskedOrSet() throws Exception {
        for (String page : List.of("/desk/gaps", "/desk/gaps/print", "/desk/gaps/need-2", "/desk/gaps/priorities.csv")) {
            mvc.perform(get(page).with(SignedIn.member()))
                    .andExpect(status().isForbidden())
                    .andExpect(forwardedUrl("/forbidden"));
        }
        mvc.perform(post("/desk/gaps/need-2/priority").with(SignedIn.member()).with(csrf())
                        .param("priority", "HIGH").param("reason", "Syy"))
                .andExpect(status().isForbidden());

        assertThat(needs.calls()).isEmpty();
    }

    /** The data-need ids of a table's rows, in order. */
    static List<String> rowIds(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table #" + tableId).isPositive();
        String table = page.substring(start, page.indexOf("</table>", start));
        Matcher rows = Pattern.compile("<tr[^>]*data-need=\"([^\"]+)\"").matcher(table);
        List<String> ids = new java.util.ArrayList<>();
        while (rows.find()) {
            ids.add(rows.group(1));
        }
        return ids;
    }
}
