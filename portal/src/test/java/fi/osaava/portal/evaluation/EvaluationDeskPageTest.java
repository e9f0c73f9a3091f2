package fi.osaava.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

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
import fi.osaava.portal.members.Html;

/** The evaluation reports over catalogue- and membership-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class EvaluationDeskPageTest {

    static final FakeService membership = new FakeService();
    static final FakeService catalogue = CatalogueFixtures.catalogue();

    /** {@code GET /api/organisations} as the coordinator reads it; two education providers, a producer, a county. */
    static final String ORGANISATIONS = """
            [{"id": "org-opisto", "name": "Kallaveden opisto", "type": "VOCATIONAL_COLLEGE", "participations": [
               {"ecosystemId": "pohjois-savo", "ring": "CORE", "roles": [], "status": "ACTIVE"}]},
             {"id": "org-kotihoito", "name": "Kotihoito Kallavesi", "type": "SERVICE_PRODUCER", "participations": [
               {"ecosystemId": "pohjois-savo", "ring": "MIDDLE", "roles": [], "status": "ACTIVE"}]},
             {"id": "org-county", "name": "Pohjois-Savon hyvinvointialue", "type": "WELLBEING_SERVICES_COUNTY",
              "participations": [{"ecosystemId": "pohjois-savo", "ring": "CORE", "roles": ["COORDINATOR"], "status": "ACTIVE"}]},
             {"id": "org-savonia", "name": "Savonia-ammattikorkeakoulu", "type": "UNIVERSITY_OF_APPLIED_SCIENCES",
              "participations": [{"ecosystemId": "pohjois-savo", "ring": "CORE", "roles": [], "status": "ACTIVE"}]},
             {"id": "org-tuni", "name": "Tampereen yliopisto", "type": "UNIVERSITY", "participations": [
               {"ecosystemId": "pirkanmaa", "ring": "CORE", "roles": [], "status": "ACTIVE"}]}]""";

    /** catalogue-service's CategoryReportView: the four categories, also the empty ones, in their order. */
    static final String CATEGORIES = """
            {"from": null, "to": null, "categories": {
              "FREE_TRAINING_WEBINAR_TOOL": {"offeringsPublished": 3, "preRegistrations": 0, "seatsUsed": 0,
                "ratings": 2, "averageRating": 4.5, "comments": []},
              "PROVIDER_TRAINING": {"offeringsPublished": 5, "preRegistrations": 7, "seatsUsed": 31, "ratings": 3,
                "averageRating": 3.67, "comments": []},
              "CHANGE_SUPPORT": {"offeringsPublished": 0, "preRegistrations": 0, "seatsUsed": 0, "ratings": 0,
                "averageRating": null, "comments": []},
              "PROJECT_EVENT": {"offeringsPublished": 1, "preRegistrations": 0, "seatsUsed": 0, "ratings": 0,
                "averageRating": null, "comments": []}}}""";

    /** catalogue-service's ProviderReportView for Kallaveden opisto. */
    static final String OPISTO = """
            {"organisationId": "org-opisto", "from": null, "to": null, "offeringsPublished": 2,
             "preRegistrations": 4, "seatsUsed": 12, "ratings": 1, "averageRating": 4.0,
             "comments": [{"offeringId": "off-1", "organisationId": "org-kotihoito", "rating": 4,
                           "comment": "Käytännönläheinen ja hyvä.", "evaluatedAt": "2026-11-20T10:00:00Z"}]}""";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.membership", () -> membership.url().toString());
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
    }

    @AfterAll
    static void stop() {
        membership.close();
        catalogue.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        membership.reset();
        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
        membership.json("/api/ecosystems", MembershipFixtures.ECOSYSTEMS).json("/api/organisations", ORGANISATIONS);
        catalogue.json("/api/evaluation-reports/categories", CATEGORIES)
                .json("/api/evaluation-reports/providers/org-opisto", OPISTO)
                .json("/api/evaluation-reports/providers/org-savonia", OPISTO.replace("org-opisto", "org-savonia"));
    }

    @Test
    void theCategoriesAndTheFirstEducationProviderOfTheEcosystemAreTables() throws Exception {
        Html page = page("/desk/evaluation");

        assertThat(page.attrs("#by-category tbody tr", "data-category")).containsExactly("FREE_TRAINING_WEBINAR_TOOL",
                "PROVIDER_TRAINING", "CHANGE_SUPPORT", "PROJECT_EVENT");
        Html training = page.first("#by-category tr[data-category=PROVIDER_TRAINING]");
        assertThat(training.text("th")).isEqualTo("Oppilaitoksen koulutus");
        assertThat(training.text("td.offerings")).isEqualTo("5");
        assertThat(training.text("td.pre-registrations")).isEqualTo("7");
        assertThat(training.text("td.seats-used")).isEqualTo("31");
        assertThat(training.text("td.ratings")).isEqualTo("3");
        assertThat(training.text("td.average")).isEqualTo("3,67");
        assertThat(page.text("#by-category tr[data-category=CHANGE_SUPPORT] td.average")).isEqualTo("–");
        assertThat(page.select("#by-category th[scope=col]")).hasSize(6);

        // the ecosystem's education providers only, by name; the first one's report
        assertThat(page.attrs("#provider option", "value")).containsExactly("org-opisto", "org-savonia");
        Html opisto = page.first("#by-provider tr[data-organisation=org-opisto]");
        assertThat(opisto.text("th")).isEqualTo("Kallaveden opisto");
        assertThat(opisto.text("td.seats-used")).isEqualTo("12");
        assertThat(opisto.text("td.average")).isEqualTo("4,00");
        assertThat(page.text("#provider-comments")).contains("Arvio 4 / 5", "Kotihoito Kallavesi",
                "Käytännönläheinen ja hyvä.", "20.11.2026");

        assertThat(catalogue.callsTo("/api/evaluation-reports/categories").get(0).uri().getQuery()).isNull();
        assertThat(catalogue.callsTo("/api/evaluation-reports/providers/org-opisto").get(0).authorization())
                .isEqualTo("Bearer access-token");
        assertThat(catalogue.callsTo("/api/evaluation-reports/providers/org-savonia")).isEmpty();
    }

    @Test
    void aChosenProviderAndWindowAreAskedAsHelsinkiDaysInstants() throws Exception {
        Html page = page("/desk/evaluation?ecosystem=pohjois-savo&provider=org-savonia&from=2026-01-01&to=2026-06-30");

        assertThat(page.select("#by-provider tr[data-organisation=org-savonia]")).hasSize(1);
        assertThat(page.first("#provider option[selected]").attr("value")).isEqualTo("org-savonia");
        assertThat(page.first("#from").attr("value")).isEqualTo("2026-01-01");
        String asked = URLDecoder.decode(catalogue.callsTo("/api/evaluation-reports/providers/org-savonia").get(0)
                .uri().getRawQuery(), StandardCharsets.UTF_8);
        // midnight in Helsinki (UTC+2 in winter, +3 in summer); the end day is included
        assertThat(asked).isEqualTo("from=2025-12-31T22:00:00Z&to=2026-06-30T21:00:00Z");
        assertThat(URLDecoder.decode(catalogue.callsTo("/api/evaluation-reports/categories").get(0).uri().getRawQuery(),
                StandardCharsets.UTF_8)).isEqualTo(asked);
    }

    @Test
    void aWindowEndingBeforeItStartsIsShownBesideTheEndDayAndNothingIsAsked() throws Exception {
        String html = mvc.perform(get("/desk/evaluation?from=2026-06-01&to=2026-01-01").with(SignedIn.coordinator()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        Html page = Html.parse(html);
        assertThat(page.text("#to-error")).isEqualTo("Päättymispäivä ei voi olla ennen aloituspäivää.");
        assertThat(page.first("#to").attr("aria-describedby")).isEqualTo("to-error");
        assertThat(catalogue.callsTo("/api/evaluation-reports/categories")).isEmpty();
    }

    @Test
    void theCataloguesRefusalIsShownAboveTheFilters() throws Exception {
        catalogue.problem("/api/evaluation-reports/categories", 400,
                "{\"status\": 400, \"detail\": \"Failed to convert 'from'\"}");

        String html = mvc.perform(get("/desk/evaluation").with(SignedIn.coordinator()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Html.parse(html).text(".error-summary")).isEqualTo("Tarjotin ei hyväksynyt hakua: Failed to convert 'from'");
    }

    @Test
    void thePageIsInSwedish() throws Exception {
        Html page = page("/desk/evaluation?lang=sv");

        assertThat(page.text("h1")).isEqualTo("Utvärdering");
        assertThat(page.text("#by-category caption")).isEqualTo("Utvärdering per utbildningskategori");
        assertThat(page.text("#by-category tr[data-category=PROVIDER_TRAINING] td.average")).isEqualTo("3,67");
    }

    @Test
    void aMemberIsRefused() throws Exception {
        mvc.perform(get("/desk/evaluation").with(SignedIn.member()))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/forbidden"));
        assertThat(catalogue.callsTo("/api/evaluation-reports/categories")).isEmpty();
    }

    @Test
    void theCataloguesOwn403ForTheCoordinatorsReportIsTheForbiddenPage() throws Exception {
        catalogue.problem("/api/evaluation-reports/categories", 403,
                "{\"status\": 403, \"detail\": \"Only the coordinator sees the evaluation report by category\"}");

        mvc.perform(get("/desk/evaluation").with(SignedIn.coordinator())).andExpect(status().isForbidden());
    }

    private Html page(String url) throws Exception {
        return Html.parse(mvc.perform(get(url).with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
