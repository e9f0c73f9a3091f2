package fi.osaava.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;

/** A sign-in that ran out while a form was being sent: sign in again, and the form comes back as it was typed. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInAgainTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService needs = new FakeService();

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

    @org.junit.jupiter.api.BeforeEach
    void fresh() {
        needs.reset();
    }

    @Test
    void aFormSentWhenTheServiceNoLongerTakesTheTokenComesBackFilledInAfterSigningInAgain() throws Exception {
        // the token was revoked (or membership-service forgot it in a restart): needs-service says 401
        needs.problem("/api/needs", 401, "{\"status\": 401, \"title\": \"Unauthorized\"}")
                .json("/api/needs/similar", "[]");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/my/needs").session(session).with(csrf())
                        .with(oidcLogin().idToken(token -> token.subject("user-1").claim("org", "org-1")
                                .claim("roles", List.of("MEMBER"))))
                        .param("title", "Haavanhoito kotona").param("description", "Kirjoitettu ennen kuin istunto vanheni.")
                        .param("competenceAreas", "medication-calculations").param("region", "11")
                        .param("targetGroup", "STAFF").param("estimatedLearners", "7").param("horizon", "NOW"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/test"));
        assertThat(needs.calls()).singleElement().satisfies(call -> assertThat(call.method()).isEqualTo("POST"));
        assertThat(session.getAttribute("osaava.continue-at")).isEqualTo("/my/needs/new");

        String page = mvc.perform(get("/my/needs/new").session(session)
                        .with(oidcLogin().idToken(token -> token.subject("user-1").claim("org", "org-1"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Haavanhoito kotona\"", "ennen kuin istunto vanheni", "value=\"7\"")
                .containsPattern("<option value=\"medication-calculations\"\\s+selected=\"selected\"");

        String again = mvc.perform(get("/my/needs/new").session(session)
                        .with(oidcLogin().idToken(token -> token.subject("user-1").claim("org", "org-1"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).doesNotContain("Haavanhoito kotona");
    }

    static final String NEED = """
            {"id": "need-1", "reportingOrganisationId": "org-1", "region": "11",
             "competenceAreas": ["medication-calculations"], "targetGroup": "STAFF", "title": "Lääkelaskenta kotihoitoon",
             "description": "Kertausta.", "estimatedLearners": 12, "totalDemand": 12, "horizon": "WITHIN_A_YEAR",
             "status": "PUBLISHED", "endorsements": [], "answers": [], "coveringOfferings": [], "uncoveredAreas": []}""";

    @Test
    void eachFormOfANeedsPageComesBackByItselfAfterSigningInAgain() throws Exception {
        needs.reset();
        needs.json("/api/needs/need-1", NEED.replace("org-1", "org-other"))
                .problem("/api/needs/need-1/endorsements/mine", 401, "{\"status\": 401, \"title\": \"Unauthorized\"}");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/my/needs/need-1/endorsement").session(session).with(csrf()).with(member())
                        .param("learners", "5").param("comment", "Viisi uutta hoitajaa"))
                .andExpect(redirectedUrl("/oauth2/authorization/test"));
        assertThat(session.getAttribute("osaava.continue-at")).isEqualTo("/my/needs/need-1");

        String page = mvc.perform(get("/my/needs/need-1").session(session).with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"5\"", "Viisi uutta hoitajaa");

        // the reporter's "end this need" form, on its own need's page
        needs.reset();
        needs.json("/api/needs/need-1", NEED)
                .problem("/api/needs/need-1/withdraw", 401, "{\"status\": 401, \"title\": \"Unauthorized\"}");
        mvc.perform(post("/my/needs/need-1/end").session(session).with(csrf()).with(member())
                        .param("how", "withdraw").param("reason", "Ilmoitettu vahingossa kahdesti"))
                .andExpect(redirectedUrl("/oauth2/authorization/test"));
        assertThat(session.getAttribute("osaava.continue-at")).isEqualTo("/my/needs/need-1");
        String own = mvc.perform(get("/my/needs/need-1").session(session).with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("Ilmoitettu vahingossa kahdesti")
                .containsPattern("value=\"withdraw\"[^>]*checked=\"checked\"");
    }

    @Test
    void theOfferingFormComesBackWithItsTextsInEachLanguageItsLinksInTheirRowsAndItsExternalReference() throws Exception {
        catalogue.problem("/api/offerings", 401, "{\"status\": 401, \"title\": \"Unauthorized\"}");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/my/offerings").session(session).with(csrf()).with(member())
                        .param("titleFi", "Lääkelaskennan kertaus").param("summarySv", "Grunderna i hemvården.")
                        .param("descriptionEn", "A long description.").param("category", "PROVIDER_TRAINING")
                        .param("targetGroups", "STAFF").param("competenceAreas", "medication-calculations")
                        .param("regions", "11").param("deliveryMode", "ONLINE").param("startsAt", "2027-02-01T10:00")
                        .param("endsAt", "2027-02-01T16:00").param("pricing", "FREE").param("teachingLanguages", "fi")
                        .param("attachments[0].title", "").param("attachments[0].url", "")
                        .param("attachments[1].title", "Ohjelma").param("attachments[1].url", "https://example.org/ohjelma")
                        .param("externalId", "SAV-2027-17").param("sourceSystem", "Peppi"))
                .andExpect(redirectedUrl("/oauth2/authorization/test"));
        assertThat(session.getAttribute("osaava.continue-at")).isEqualTo("/my/offerings/new");

        String page = mvc.perform(get("/my/offerings/new").session(session).with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Grunderna i hemv&aring;rden.", "A long description.", "value=\"SAV-2027-17\"",
                        "value=\"Peppi\"", "name=\"attachments[1].url\" value=\"https://example.org/ohjelma\"",
                        "name=\"attachments[0].title\" value=\"\"")
                // and an empty row after it to add more
                .contains("name=\"attachments[2].title\" value=\"\"");
    }

    @Test
    void aSeatFormSentWhenTheSignInRanOutLeadsBackToTheOfferingsPageNotToItsPostOnlyAddress() throws Exception {
        catalogue.problem("/api/offerings/off-9/pre-registrations", 401, "{\"status\": 401, \"title\": \"Unauthorized\"}");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/my/offerings/off-9/pre-registration").session(session).with(csrf()).with(member())
                        .param("seats", "3"))
                .andExpect(redirectedUrl("/oauth2/authorization/test"));
        assertThat(session.getAttribute("osaava.continue-at")).isEqualTo("/tray/off-9");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor member() {
        return oidcLogin().idToken(token -> token.subject("user-1").claim("org", "org-1").claim("roles", List.of("MEMBER")));
    }

    @Test
    void afterSigningInThePersonLandsWhereTheSignInRanOutButNeverOnAnotherSite() throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        request.getSession().setAttribute("osaava.continue-at", "/my/offerings/new");
        SecurityConfiguration.backToWhereTheyWere().onAuthenticationSuccess(request, response, null);
        assertThat(response.getRedirectedUrl()).isEqualTo("/my/offerings/new");
        assertThat(request.getSession().getAttribute("osaava.continue-at")).isNull();

        var elsewhere = new org.springframework.mock.web.MockHttpServletRequest();
        var answer = new org.springframework.mock.web.MockHttpServletResponse();
        elsewhere.getSession().setAttribute("osaava.continue-at", "//evil.example/");
        SecurityConfiguration.backToWhereTheyWere().onAuthenticationSuccess(elsewhere, answer, null);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/");
    }
}
