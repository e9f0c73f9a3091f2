package fi.osaava.portal.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;

/** The person's own alerts over notification- and catalogue-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class PreferencesPageTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService notification = new FakeService();

    static final String MINE = """
            [{"id": "derived:org-kotihoito:person-1", "ownerName": "Kotihoito Oy", "source": "DERIVED", "name": null,
              "address": "pia@example.org", "topics": ["NEED_PUBLISHED"],
              "availableTopics": ["NEED_COVERED", "NEED_PUBLISHED", "OFFERING_PUBLISHED", "NEED_ANSWERED"],
              "competenceAreas": ["medication-safety"], "regions": ["11"], "cadence": "DAILY", "language": "sv",
              "active": true, "unsubscribed": false, "unsubscribedAt": null, "personalised": true,
              "ownFilters": false},
             {"id": "sub-weekly", "ownerName": "Kotihoito Oy", "source": "EXPLICIT", "name": "Viikkokooste",
              "address": "pia@example.org", "topics": ["OFFERING_PUBLISHED"],
              "availableTopics": ["NEED_PUBLISHED", "NEED_ANSWERED", "NEED_COVERED", "OFFERING_PUBLISHED",
                                  "PRE_REGISTRATION_DEADLINE_NEAR", "MEETING_SCHEDULED", "ANNUAL_CLOCK_REMINDER"],
              "competenceAreas": [], "regions": [], "cadence": "WEEKLY", "language": "fi",
              "active": false, "unsubscribed": true, "personalised": false, "ownFilters": false}]""";

    static final String DERIVED = "derived:org-kotihoito:person-1";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
        properties.add("osaava.portal.notification", () -> notification.url().toString());
    }

    @AfterAll
    static void stop() {
        catalogue.close();
        notification.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        notification.reset();
        notification.json("/api/my/subscriptions", MINE)
                .json("/api/my/subscriptions/" + DERIVED, "{}")
                .json("/api/my/subscriptions/sub-weekly/resubscribe", "{}")
                .json("/api/my/subscriptions/" + DERIVED + "/unsubscribe", "{}");
    }

    static OidcLoginRequestPostProcessor pia() {
        return oidcLogin().idToken(token -> token.subject("user-1").claim("org", "org-kotihoito")
                .claim("roles", List.of("MEMBER")).claim("email", "pia@example.org"));
    }

    static String checkedBox(String name, String value) {
        return "<input type=\"checkbox\" value=\"" + value + "\" id=\"[^\"]+\" name=\"" + name
                + "\" checked=\"checked\"";
    }

    @Test
    void thePageShowsThePersonsCurrentChoiceAskedWithTheirToken() throws Exception {
        String page = mvc.perform(get("/my/preferences").with(pia()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Omat ilmoitukseni", "pia@example.org", "Kotihoito Oy", "Profiilista johdettu tilaus",
                        "Viikkokooste", "/my/preferences/derived:org-kotihoito:person-1/unsubscribe",
                        "organisaationne profiilista", "href=\"/my/alerts\"")
                .containsPattern(checkedBox("topics", "NEED_PUBLISHED"))
                .containsPattern("<option value=\"medication-safety\"\\s+selected=\"selected\"")
                .containsPattern("<option value=\"11\"\\s+selected=\"selected\"")
                .containsPattern("<option value=\"DAILY\"\\s+selected=\"selected\"")
                .containsPattern("<option value=\"sv\"\\s+selected=\"selected\"")
                // only the topics this subscription may have are offered
                .doesNotContain("value=\"MEETING_SCHEDULED\"");
        assertThat(page).doesNotContainPattern(checkedBox("topics", "OFFERING_PUBLISHED"));
        assertThat(notification.callsTo("/api/my/subscriptions").get(0).authorization())
                .isEqualTo("Bearer access-token");
    }

    @Test
    void anotherSubscriptionOfThePersonIsChosenByItsLinkAndOneStoppedCanBeTakenAgain() throws Exception {
        String page = mvc.perform(get("/my/preferences").param("subscription", "sub-weekly").with(pia()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/my/preferences/sub-weekly/resubscribe", "Peruttu", "tilaus koskee kaikkia",
                        "value=\"MEETING_SCHEDULED\"")
                .containsPattern(checkedBox("topics", "OFFERING_PUBLISHED"))
                .containsPattern("<option value=\"WEEKLY\"\\s+selected=\"selected\"");

        mvc.perform(post("/my/preferences/sub-weekly/resubscribe").with(pia()).with(csrf()))
                .andExpect(redirectedUrl("/my/preferences?subscription=sub-weekly"));
        assertThat(notification.callsTo("/api/my/subscriptions/sub-weekly/resubscribe")).singleElement()
                .satisfies(call -> {
                    assertThat(call.method()).isEqualTo("POST");
                    assertThat(call.authorization()).isEqualTo("Bearer access-token");
                });
    }

    @Test
    void savingSendsExactlyTheChosenValuesWithThePersonsToken() throws Exception {
        mvc.perform(post("/my/preferences/" + DERIVED).with(pia()).with(csrf())
                        .param("topics", "NEED_PUBLISHED").param("topics", "OFFERING_PUBLISHED")
                        .param("competenceAreas", "medication-safety").param("competenceAreas", "documentation")
                        .param("regions", "01").param("cadence", "WEEKLY").param("language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/preferences?subscription=" + DERIVED));

        FakeService.Call sent = notification.callsTo("/api/my/subscriptions/" + DERIVED).get(0);
        assertThat(sent.method()).isEqualTo("PUT");
        assertThat(sent.authorization()).isEqualTo("Bearer access-token");
        assertThat(sent.body()).isEqualTo("{\"topics\":[\"NEED_PUBLISHED\",\"OFFERING_PUBLISHED\"],"
                + "\"competenceAreas\":[\"medication-safety\",\"documentation\"],\"regions\":[\"01\"],"
                + "\"cadence\":\"WEEKLY\",\"language\":\"en\"}");
    }

    @Test
    void theServicesRefusalIsShownBesideItsFieldWithWhatWasChosen() throws Exception {
        notification.problem("/api/my/subscriptions/" + DERIVED, 400, """
                {"status": 400, "title": "Bad Request", "errors": [
                  {"field": "regions", "message": "unknown region code: 98"}]}""");

        String page = mvc.perform(post("/my/preferences/" + DERIVED).with(pia()).with(csrf())
                        .param("topics", "NEED_COVERED").param("regions", "98").param("regions", "01")
                        .param("cadence", "IMMEDIATE").param("language", "fi"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"regions-error\"", "Palvelu ei hyväksynyt tätä: unknown region code: 98",
                        "aria-describedby=\"regions-error\"")
                .containsPattern(checkedBox("topics", "NEED_COVERED"))
                .containsPattern("<option value=\"01\"\\s+selected=\"selected\"")
                .containsPattern("<option value=\"IMMEDIATE\"\\s+selected=\"selected\"");
    }

    @Test
    void aChoiceWithoutTopicsIsNotSentAndSaysSoInThePersonsLanguage() throws Exception {
        String page = mvc.perform(post("/my/preferences/" + DERIVED).with(pia()).with(csrf()).param("lang", "en")
                        .param("cadence", "DAILY").param("language", "fi"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"topics-error\"", "Choose at least one.");
        assertThat(notification.calls()).noneMatch(call -> call.method().equals("PUT"));
    }

    @Test
    void formsNeedTheirCsrfToken() throws Exception {
        mvc.perform(post("/my/preferences/" + DERIVED).with(pia()).param("topics", "NEED_PUBLISHED")
                        .param("cadence", "DAILY").param("language", "fi"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/preferences/" + DERIVED + "/unsubscribe").with(pia()))
                .andExpect(status().isForbidden());

        assertThat(notification.calls()).noneMatch(call -> !call.method().equals("GET"));
    }

    @Test
    void unsubscribingGoesToTheServiceAndBackToTheSamePage() throws Exception {
        mvc.perform(post("/my/preferences/" + DERIVED + "/unsubscribe").with(pia()).with(csrf()))
                .andExpect(redirectedUrl("/my/preferences?subscription=" + DERIVED));

        assertThat(notification.callsTo("/api/my/subscriptions/" + DERIVED + "/unsubscribe")).singleElement()
                .satisfies(call -> assertThat(call.method()).isEqualTo("POST"));
    }

    @Test
    void nobodysAlertsShowTheWayToTheOrganisationsPage() throws Exception {
        notification.json("/api/my/subscriptions", "[]");

        String page = mvc.perform(get("/my/preferences").with(pia()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Omaan sähköpostiosoitteeseesi ei tule ilmoituksia", "href=\"/my/alerts\"")
                .doesNotContain("id=\"preferences-form\"");
    }

    @Test
    void aChoiceSentWhenTheSignInRanOutComesBackFilledInAfterSigningInAgain() throws Exception {
        notification.problem("/api/my/subscriptions/" + DERIVED, 401, "{\"status\": 401, \"title\": \"Unauthorized\"}");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/my/preferences/" + DERIVED).session(session).with(pia()).with(csrf())
                        .param("topics", "OFFERING_PUBLISHED").param("regions", "01").param("cadence", "WEEKLY")
                        .param("language", "en"))
                .andExpect(redirectedUrl("/oauth2/authorization/test"));
        assertThat(session.getAttribute("osaava.continue-at")).isEqualTo("/my/preferences?subscription=" + DERIVED);

        String page = mvc.perform(get("/my/preferences").param("subscription", DERIVED).session(session).with(pia()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern(checkedBox("topics", "OFFERING_PUBLISHED"))
                .containsPattern("<option value=\"01\"\\s+selected=\"selected\"")
                .containsPattern("<option value=\"WEEKLY\"\\s+selected=\"selected\"")
                .containsPattern("<option value=\"en\"\\s+selected=\"selected\"");
        assertThat(page).doesNotContainPattern(checkedBox("topics", "NEED_PUBLISHED"));
    }
}
