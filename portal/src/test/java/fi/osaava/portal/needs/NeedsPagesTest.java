package fi.osaava.portal.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;

/** The needs pages of a signed-in member over needs- and catalogue-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class NeedsPagesTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService needs = new FakeService();

    static final String NEED = """
            {"id": "need-1", "reportingOrganisationId": "org-other", "region": "11",
             "competenceAreas": ["medication-calculations"], "targetGroup": "STAFF", "title": "Lääkelaskenta kotihoitoon",
             "description": "Kertausta.", "estimatedLearners": 12, "totalDemand": 12, "horizon": "WITHIN_A_YEAR",
             "status": "PUBLISHED", "endorsements": [], "answers": [], "coveringOfferings": [], "uncoveredAreas": []}""";

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
        needs.json("/api/needs", "[" + NEED.replace("org-other", "org-kotihoito") + "]")
                .json("/api/needs/need-1", NEED)
                .json("/api/needs/similar", "[" + """
                        {"id": "need-1", "reportingOrganisationId": "org-other", "title": "Lääkelaskenta kotihoitoon",
                         "region": "11", "targetGroup": "STAFF", "competenceAreas": ["medication-calculations"],
                         "horizon": "WITHIN_A_YEAR", "status": "PUBLISHED", "totalDemand": 12, "endorsements": 0,
                         "sameAreas": ["medication-calculations"], "relatedAreas": []}""" + "]")
                .answer("/api/needs/need-1/endorsements/mine", 200, "application/json", NEED);
    }

    static OidcLoginRequestPostProcessor producer() {
        return oidcLogin()
                .idToken(token -> token.subject("user-1").claim("name", "Pia Pienyrittäjä")
                        .claim("org", "org-kotihoito").claim("roles", List.of("MEMBER")));
    }

    @Test
    void aMemberSeesTheirOrganisationsNeedsAskedWithTheirOwnToken() throws Exception {
        String page = mvc.perform(get("/my/needs").with(producer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Organisaation osaamistarpeet", "Lääkelaskenta kotihoitoon", "Julkaistu",
                "Pia Pienyrittäjä");
        FakeService.Call asked = needs.callsTo("/api/needs").get(0);
        assertThat(asked.authorization()).isEqualTo("Bearer access-token");
        assertThat(asked.uri().getQuery()).contains("reportingOrganisationId=org-kotihoito");
    }

    @Test
    void theReportFormListsSimilarOpenNeedsForWhatItSaysSoFar() throws Exception {
        String fragment = mvc.perform(get("/my/needs/similar").with(producer()).header("HX-Request", "true")
                        .param("competenceAreas", "medication-calculations").param("region", "11")
                        .param("targetGroup", "STAFF"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("id=\"similar\"", "Lääkelaskenta kotihoitoon", "Tue tätä tarvetta",
                "href=\"/my/needs/need-1\"").doesNotContain("<html");
        String asked = URLDecoder.decode(needs.callsTo("/api/needs/similar").get(0).uri().getRawQuery(),
                StandardCharsets.UTF_8);
        assertThat(asked).contains("competenceAreas=medication-calculations", "region=11", "targetGroup=STAFF");
    }

    @Test
    void anIncompleteReportIsShownAgainWithErrorsBesideTheFieldsAndNothingTypedLost() throws Exception {
        String page = mvc.perform(post("/my/needs").with(producer()).with(csrf())
                        .param("title", "").param("description", "Tarvitsemme kertausta syksyllä.")
                        .param("region", "11").param("targetGroup", "STAFF").param("estimatedLearners", "0")
                        .param("horizon", "NOW"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"title-error\"", "Täytä tämä kenttä.", "Valitse vähintään yksi.",
                "Pienin sallittu arvo on 1.", ">Tarvitsemme kertausta syksyll");
        assertThat(needs.calls().stream().filter(call -> call.method().equals("POST"))).isEmpty();
    }

    @Test
    void aValidReportIsPublishedAndThePersonLandsOnTheNeedsPage() throws Exception {
        needs.answer("/api/needs", 201, "application/json", NEED);

        mvc.perform(post("/my/needs").with(producer()).with(csrf())
                        .param("title", "Lääkelaskenta kotihoitoon").param("competenceAreas", "medication-calculations")
                        .param("region", "11").param("targetGroup", "STAFF").param("estimatedLearners", "12")
                        .param("horizon", "WITHIN_A_YEAR"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/needs/need-1"));

        FakeService.Call sent = needs.calls().stream().filter(call -> call.method().equals("POST")).findFirst().orElseThrow();
        assertThat(sent.uri().getQuery()).isEqualTo("publish=true");
        assertThat(sent.authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void theServicesRefusalIsShownBesideItsField() throws Exception {
        needs.problem("/api/needs", 400, """
                {"status": 400, "errors": [{"field": "competenceAreas", "message": "unknown code"}]}""");

        String page = mvc.perform(post("/my/needs").with(producer()).with(csrf())
                        .param("title", "Jotain").param("competenceAreas", "medication-calculations")
                        .param("region", "11").param("targetGroup", "STAFF").param("estimatedLearners", "3")
                        .param("horizon", "NOW"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"competenceAreas-error\"", "Palvelu ei hyväksynyt tätä: unknown code",
                "value=\"Jotain\"");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/my/needs").with(producer()).param("title", "x")).andExpect(status().isForbidden());
        assertThat(needs.calls()).isEmpty();
    }

    @Test
    void anotherOrganisationEndorsesANeedInsteadOfReportingItAgain() throws Exception {
        String page = mvc.perform(get("/my/needs/need-1").with(producer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tarvitsemme tätä myös", "Pohjois-Savo", "Lääkelaskenta");

        mvc.perform(post("/my/needs/need-1/endorsement").with(producer()).with(csrf())
                        .param("learners", "5").param("comment", "Meillekin"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/needs/need-1"));
        FakeService.Call endorsed = needs.callsTo("/api/needs/need-1/endorsements/mine").get(0);
        assertThat(endorsed.method()).isEqualTo("PUT");
        assertThat(endorsed.authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void theRegionsOpenNeedsAreListedForAnyMember() throws Exception {
        String page = mvc.perform(get("/my/open-needs").with(producer()).param("region", "11"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Avoimet osaamistarpeet", "Lääkelaskenta kotihoitoon", "1 tarve");
        String asked = URLDecoder.decode(needs.callsTo("/api/needs").get(0).uri().getRawQuery(), StandardCharsets.UTF_8);
        assertThat(asked).contains("status=PUBLISHED,ANSWERED,COVERED", "region=11");
    }

    @Test
    void theReporterClosesItsOwnNeedWithAReason() throws Exception {
        needs.json("/api/needs/need-1", NEED.replace("org-other", "org-kotihoito"))
                .answer("/api/needs/need-1/close", 200, "application/json", NEED);

        String page = mvc.perform(get("/my/needs/need-1").with(producer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Päätä tarve").doesNotContain("Tarvitsemme tätä myös");

        mvc.perform(post("/my/needs/need-1/end").with(producer()).with(csrf())
                        .param("how", "close").param("reason", "Koulutus löytyi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/needs/need-1"));
        FakeService.Call closed = needs.callsTo("/api/needs/need-1/close").get(0);
        assertThat(closed.body()).isEqualTo("{\"reason\":\"Koulutus löytyi\"}");
        assertThat(closed.authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void endingWithoutAReasonIsShownBesideTheFieldAndNothingIsSent() throws Exception {
        needs.json("/api/needs/need-1", NEED.replace("org-other", "org-kotihoito"));

        String page = mvc.perform(post("/my/needs/need-1/end").with(producer()).with(csrf())
                        .param("how", "withdraw").param("reason", " "))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"reason-error\"", "Täytä tämä kenttä.");
        assertThat(needs.callsTo("/api/needs/need-1/withdraw")).isEmpty();
    }

    @Test
    void checkingAsYouTypeAnswersTheChangedFieldsErrorContainerOnly() throws Exception {
        String page = mvc.perform(get("/my/needs/new").with(producer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // each field asks on change, with the whole form (its CSRF token too), and swaps its own error container
        assertThat(page).contains("hx-post=\"/my/needs/check?field=estimatedLearners\" hx-trigger=\"change\"",
                "hx-target=\"find .check\" hx-select=\".check &gt; p\" hx-swap=\"innerHTML\"");

        String fragment = mvc.perform(post("/my/needs/check").with(producer()).with(csrf())
                        .param("field", "estimatedLearners").param("title", "").param("estimatedLearners", "0")
                        .param("region", "11").param("targetGroup", "STAFF").param("horizon", "NOW"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment.strip()).isEqualTo("<div class=\"check\" aria-live=\"polite\"><p id=\"estimatedLearners-error\" "
                + "class=\"error\">Pienin sallittu arvo on 1.</p></div>");

        String fine = mvc.perform(post("/my/needs/check").with(producer()).with(csrf())
                        .param("field", "estimatedLearners").param("title", "").param("estimatedLearners", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fine.strip()).isEqualTo("<div class=\"check\" aria-live=\"polite\"></div>");

        // the rule joining two fields, in the person's language
        String dates = mvc.perform(post("/my/needs/check").with(producer()).with(csrf()).param("lang", "sv")
                        .param("field", "latestStart").param("earliestStart", "2027-05-01").param("latestStart", "2027-04-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dates).contains("id=\"latestStart-error\"", "Det senaste startdatumet kan inte vara före det tidigaste.");
        assertThat(needs.calls()).isEmpty();
    }

    @Test
    void aCheckOfAFieldTheFormDoesNotHaveIsABadRequestAndWithoutTheCsrfTokenItIsRefused() throws Exception {
        mvc.perform(post("/my/needs/check").with(producer()).with(csrf()).param("field", "T(java.lang.Runtime)"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/my/needs/check").with(producer()).param("field", "title"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedEndorsementIsSaidInThePersonsLanguageWithWhatWasTypedKept() throws Exception {
        needs.problem("/api/needs/need-1/endorsements/mine", 409, """
                {"status": 409, "title": "Conflict", "detail": "Need need-1 is CLOSED; only a published need can be endorsed"}""");

        String page = mvc.perform(post("/my/needs/need-1/endorsement").with(producer()).with(csrf())
                        .param("learners", "5").param("comment", "Meillekin"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tarpeen tila on Suljettu; vain avointa tarvetta voi tukea.", "value=\"5\"", "Meillekin")
                .doesNotContain("only a published need");

        String english = mvc.perform(post("/my/needs/need-1/endorsement").with(producer()).with(csrf())
                        .param("learners", "5").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("The status of the need is Closed; only an open need can be endorsed.");
    }

    @Test
    void aRefusedWithdrawalOrClosingIsSaidInThePersonsLanguage() throws Exception {
        needs.json("/api/needs/need-1", NEED.replace("org-other", "org-kotihoito"))
                .problem("/api/needs/need-1/withdraw", 409, """
                        {"status": 409, "detail": "Need need-1 is CLOSED; it can no longer be withdrawn"}""")
                .problem("/api/needs/need-1/close", 409, """
                        {"status": 409, "detail": "Need need-1 is WITHDRAWN; only a published need can be closed"}""");

        String withdrawn = mvc.perform(post("/my/needs/need-1/end").with(producer()).with(csrf()).param("lang", "sv")
                        .param("how", "withdraw").param("reason", "Ilmoitettu kahdesti"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(withdrawn).contains("Behovets status är Stängt och kan inte längre återkallas.", "Ilmoitettu kahdesti");

        String closed = mvc.perform(post("/my/needs/need-1/end").with(producer()).with(csrf())
                        .param("how", "close").param("reason", "Koulutus löytyi"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(closed).contains("Tarpeen tila on Peruttu; vain avoimen tarpeen voi sulkea.");
    }
}
