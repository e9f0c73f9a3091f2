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
