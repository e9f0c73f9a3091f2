package fi.osaava.portal.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.portal.FakeService;
import fi.osaava.portal.SignedIn;

/** The reach of a need over notification- and needs-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class ReachPagesTest {

    static final FakeService notification = new FakeService();
    static final FakeService needs = new FakeService();
    static final FakeService catalogue = fi.osaava.portal.CatalogueFixtures.catalogue();

    static final String NEED = """
            {"id": "need-1", "reportingOrganisationId": "org-kotihoito", "region": "11",
             "competenceAreas": ["medication-calculations"], "targetGroup": "STAFF", "title": "Lääkelaskenta kotihoitoon",
             "description": "Kertausta.", "estimatedLearners": 12, "totalDemand": 12, "horizon": "WITHIN_A_YEAR",
             "status": "PUBLISHED", "endorsements": [], "answers": [], "coveringOfferings": [], "uncoveredAreas": []}""";

    static final String REACH = """
            {"eventId": "ce-1", "topic": "NEED_PUBLISHED", "subjectId": "need-1",
             "titles": {"fi": "Lääkehoidon turvallisuus kotihoidossa", "sv": "Läkemedelssäkerhet i hemvården"},
             "occurredAt": "2026-12-01T08:00:00Z", "recordedAt": "2026-12-01T08:00:01Z",
             "originOrganisationId": "org-pshva", "contacts": %s,
             "counts": {"ALERTED": 2, "WAITING_FOR_DIGEST": 1, "NOT_ALERTED": 2},
             "recipients": [
              {"recipientId": "org-savonia", "name": "Savonia-ammattikorkeakoulu", "kind": "EDUCATION_PROVIDER",
               "outcome": "ALERTED", "reason": null, "channel": "EMAIL", "status": "SENT", "at": "2026-12-01T08:00:03Z",
               "subscriptions": [{"subscriptionId": %s, "source": "DERIVED", "channel": "EMAIL", "address": %s,
                                  "outcome": "ALERTED", "reason": null, "status": "SENT", "at": "2026-12-01T08:00:03Z"}]},
              {"recipientId": "org-hoiva", "name": "Hoivakoti Oy", "kind": "SERVICE_PRODUCER",
               "outcome": "ALERTED", "channel": "WEBHOOK", "status": "FAILED", "at": "2026-12-01T08:00:02Z",
               "subscriptions": []},
              {"recipientId": "org-kotihoito", "name": "Kotihoito Ky", "kind": "SERVICE_PRODUCER",
               "outcome": "WAITING_FOR_DIGEST", "channel": "EMAIL", "at": "2026-12-02T05:00:00Z", "subscriptions": []},
              {"recipientId": "org-tamk", "name": "Tampereen ammattikorkeakoulu", "kind": "EDUCATION_PROVIDER",
               "outcome": "NOT_ALERTED", "reason": "REGION", "subscriptions": []},
              {"recipientId": "org-pshva", "name": "Pohjois-Savon hyvinvointialue", "kind": "OTHER",
               "outcome": "NOT_ALERTED", "reason": "ORIGIN", "subscriptions": []}]}""";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.notification", () -> notification.url().toString());
        properties.add("osaava.portal.needs", () -> needs.url().toString());
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
    }

    @AfterAll
    static void stop() {
        notification.close();
        needs.close();
        catalogue.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        notification.reset();
        needs.reset();
        notification.json("/api/reach", REACH.formatted("true", "\"derived:org-savonia:cp-1\"", "\"koulutus@savonia.fi\""));
        needs.json("/api/needs", """
                [{"id": "need-2", "title": "Kirjaamisen osaaminen", "status": "PUBLISHED", "region": "11",
                  "createdAt": "2026-12-02T08:00:00Z"},
                 {"id": "need-1", "title": "Lääkehoidon turvallisuus kotihoidossa", "status": "COVERED", "region": "11",
                  "createdAt": "2026-12-01T08:00:00Z"}]""");
    }

    @Test
    void theCoordinatorPicksANeedAmongTheRecentlyPublishedOrByItsId() throws Exception {
        String page = (mvc.perform(get("/desk/reach").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(Html.values(Html.element(page, "id=\"reach-needs\"", "</table>"), "data-need"))
                .containsExactly("need-2", "need-1");
        assertThat(Html.values(Html.element(page, "id=\"reach-needs\"", "</table>"), "href"))
                .containsExactly("/desk/reach/need-2", "/desk/reach/need-1");
        assertThat(page).contains("<label for=\"reach-need\">Tarpeen tunniste</label>", "id=\"reach-need-submit\"");
        assertThat(page.replaceAll("\\s+", " ")).contains("<a href=\"/desk/reach\" aria-current=\"page\">");
        FakeService.Call call = needs.callsTo("/api/needs").get(0);
        assertThat(call.uri().getQuery()).contains("status=PUBLISHED,ANSWERED,COVERED,CLOSED,WITHDRAWN", "size=20");
        assertThat(call.authorization()).isEqualTo("Bearer access-token");

        mvc.perform(get("/desk/reach").param("need", " need-1 ").with(SignedIn.coordinator()))
                .andExpect(redirectedUrl("/desk/reach/need-1"));
    }

    @Test
    void theCoordinatorSeesEveryOrganisationsOutcomeTheReasonAndWhereAlertsWent() throws Exception {
        String page = (mvc.perform(get("/desk/reach/need-1").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(Html.text(Html.element(page, "<h1", "</h1>"))).isEqualTo("Tavoittavuus: Lääkehoidon turvallisuus kotihoidossa");
        assertThat(Html.text(Html.element(page, "id=\"reach-count-ALERTED\"", "</span>"))).isEqualTo("2");
        assertThat(Html.text(Html.element(page, "id=\"reach-count-WAITING_FOR_DIGEST\"", "</span>"))).isEqualTo("1");
        assertThat(Html.text(Html.element(page, "id=\"reach-count-NOT_ALERTED\"", "</span>"))).isEqualTo("2");
        assertThat(Html.text(Html.element(page, "<caption", "</caption>"))).isEqualTo("Kaikki organisaatiot ja henkilöt (5)");
        assertThat(Html.element(page, "id=\"reach\"", "</table>")).containsOnlyOnce("<table id=\"reach\"");
        assertThat(Html.element(page, "id=\"reach\"", "</thead>").split("scope=\"col\"", -1)).hasSize(8);
        assertThat(row(page, "org-savonia")).isEqualTo("Hälytetty | Sähköposti | Lähetetty | ");
        assertThat(Html.cell(page, "org-savonia", "when")).contains("datetime=\"2026-12-01T08:00:03Z\"");
        assertThat(Html.text(Html.cell(page, "org-savonia", "when"))).isEqualTo("1.12.2026 10:00");
        assertThat(row(page, "org-hoiva")).isEqualTo("Hälytetty | Webhook | Epäonnistui, yritetään uudelleen | ");
        assertThat(row(page, "org-kotihoito")).isEqualTo("Odottaa koostetta | Sähköposti |  | ");
        assertThat(row(page, "org-tamk")).isEqualTo("Ei hälytetty |  |  | Alue");
        assertThat(Html.element(page, "data-organisation=\"org-tamk\"", "</tr>"))
                .contains("<td class=\"reason\" data-reason=\"REGION\">Alue</td>");
        assertThat(row(page, "org-pshva")).isEqualTo("Ei hälytetty |  |  | Tarpeen ilmoittaja itse");
        assertThat(Html.text(Html.cell(page, "org-savonia", "subscriptions")))
                .contains("koulutus@savonia.fi", "Sähköposti", "Hälytetty");

        FakeService.Call call = notification.callsTo("/api/reach").get(0);
        assertThat(call.uri().getQuery()).isEqualTo("needId=need-1");
        assertThat(call.authorization()).isEqualTo("Bearer access-token");
        assertThat(notification.calls()).hasSize(1);
        assertThat(needs.calls()).isEmpty();
    }

    @Test
    void theTableIsFilteredByOutcome() throws Exception {
        String page = (mvc.perform(get("/desk/reach/need-1").param("outcome", "NOT_ALERTED")
                .with(SignedIn.coordinator())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(Html.values(Html.element(page, "<tbody", "</tbody>"), "data-organisation"))
                .containsExactly("org-tamk", "org-pshva");
        assertThat(Html.text(Html.element(page, "<caption", "</caption>"))).isEqualTo("Ei hälytetyt (2)");
        assertThat(page).contains("<option value=\"NOT_ALERTED\" selected=\"selected\">");
        // the counts stay those of the whole reach
        assertThat(Html.text(Html.element(page, "id=\"reach-count-ALERTED\"", "</span>"))).isEqualTo("2");
    }

    @Test
    void inSwedish() throws Exception {
        String page = (mvc.perform(get("/desk/reach/need-1").param("lang", "sv")
                .with(SignedIn.coordinator())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(Html.text(Html.element(page, "<h1", "</h1>"))).isEqualTo("Räckvidd: Läkemedelssäkerhet i hemvården");
        assertThat(row(page, "org-tamk")).isEqualTo("Inte aviserad |  |  | Region");
        assertThat(row(page, "org-savonia")).isEqualTo("Aviserad | E-post | Skickad | ");
    }

    @Test
    void theReportingOrganisationSeesTheReachWithoutContactsAndAMemberIsRefusedTheDesk() throws Exception {
        notification.json("/api/reach", REACH.formatted("false", "null", "null"));
        String page = (mvc.perform(get("/my/needs/need-1/reach").with(SignedIn.member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(row(page, "org-tamk")).isEqualTo("Ei hälytetty |  |  | Alue");
        assertThat(Html.element(page, "id=\"reach\"", "</thead>").split("scope=\"col\"", -1)).hasSize(7);
        assertThat(page).doesNotContain("class=\"subscriptions\"", "class=\"desk-nav\"")
                .contains("<a href=\"/my/needs/need-1\">Takaisin tarpeeseen</a>");
        assertThat(notification.callsTo("/api/reach").get(0).uri().getQuery()).isEqualTo("needId=need-1");

        mvc.perform(get("/desk/reach/need-1").with(SignedIn.member())).andExpect(status().isForbidden());
        mvc.perform(get("/desk/reach").with(SignedIn.member())).andExpect(status().isForbidden());
    }

    @Test
    void theReportersNeedPageLinksToItsReachAndAnotherOrganisationsDoesNot() throws Exception {
        needs.json("/api/needs/need-1", NEED);
        String own = mvc.perform(get("/my/needs/need-1").with(SignedIn.member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("<a id=\"need-reach\" href=\"/my/needs/need-1/reach\">Keitä tarpeesta hälytettiin</a>");

        needs.json("/api/needs/need-1", NEED.replace("org-kotihoito", "org-other"));
        String other = mvc.perform(get("/my/needs/need-1").with(SignedIn.member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("need-reach");
    }

    @Test
    void anotherOrganisationsNeedIsTheForbiddenPageAndAnUnknownOneNotFound() throws Exception {
        notification.problem("/api/reach", 403, "{\"status\":403,\"detail\":\"An organisation reads the reach of its own needs only\"}");
        String forbidden = mvc.perform(get("/my/needs/need-1/reach").with(SignedIn.member()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(forbidden).doesNotContain("Exception", "at fi.osaava");

        notification.problem("/api/reach", 404, "{\"status\":404,\"detail\":\"Published need not found\"}");
        mvc.perform(get("/desk/reach/nothing").with(SignedIn.coordinator())).andExpect(status().isNotFound());
    }

    /** A row's outcome, channel, status and reason. */
    private static String row(String page, String organisationId) {
        return String.join(" | ", Html.text(Html.cell(page, organisationId, "outcome").replaceAll(
                        "<span class=\"reach-mark\"[^>]*>[^<]*</span>", "")),
                Html.text(Html.cell(page, organisationId, "channel")), Html.text(Html.cell(page, organisationId, "status")),
                Html.text(Html.cell(page, organisationId, "reason")));
    }
}
