package fi.osaava.portal.alerts;

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
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;

/** The organisation's alert subscriptions over notification- and catalogue-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class AlertsPageTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService notification = new FakeService();

    static final String SUBSCRIPTIONS = """
            [{"id": "sub-derived", "ownerId": "org-kotihoito", "source": "DERIVED", "name": null,
              "topics": ["NEED_PUBLISHED", "OFFERING_PUBLISHED"], "competenceAreas": ["medication-safety"],
              "regions": ["11"], "targetGroups": ["STAFF"], "categories": [], "channel": "EMAIL",
              "address": "kotihoito@example.org", "cadence": "IMMEDIATE", "language": "fi", "active": true,
              "personalised": false},
             {"id": "sub-own", "ownerId": "org-kotihoito", "source": "EXPLICIT", "name": "Viikkokooste",
              "topics": ["NEED_PUBLISHED"], "competenceAreas": [], "regions": [], "targetGroups": [],
              "categories": [], "channel": "EMAIL", "address": "pia@example.org", "cadence": "WEEKLY",
              "language": "sv", "active": true, "personalised": false}]""";

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
        notification.json("/api/subscriptions", SUBSCRIPTIONS)
                .answer("/api/subscriptions/sub-own", 204, "application/json", "");
    }

    static OidcLoginRequestPostProcessor member() {
        return oidcLogin().idToken(token -> token.subject("user-1").claim("org", "org-kotihoito")
                .claim("roles", List.of("MEMBER")));
    }

    @Test
    void theOrganisationsSubscriptionsAreListedAndOnlyItsOwnCanBeRemoved() throws Exception {
        String page = mvc.perform(get("/my/alerts").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Profiilista johdettu tilaus", "Viikkokooste", "Uusi osaamistarve",
                "Lääkehoidon turvallisuus", "Viikoittainen kooste", "/my/alerts/sub-own/delete")
                .doesNotContain("/my/alerts/sub-derived/delete");
        assertThat(notification.callsTo("/api/subscriptions").get(0).authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void aNewEmailSubscriptionGoesToTheNotificationService() throws Exception {
        mvc.perform(post("/my/alerts").with(member()).with(csrf()).param("topics", "NEED_PUBLISHED")
                        .param("topics", "NEED_COVERED").param("competenceAreas", "medication-safety")
                        .param("address", "pia@example.org").param("cadence", "DAILY").param("language", "fi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/alerts"));

        FakeService.Call sent = notification.calls().stream().filter(call -> call.method().equals("POST")).findFirst()
                .orElseThrow();
        assertThat(sent.body()).contains("\"topics\":[\"NEED_PUBLISHED\",\"NEED_COVERED\"]", "\"channel\":\"EMAIL\"",
                "\"cadence\":\"DAILY\"", "\"competenceAreas\":[\"medication-safety\"]");
    }

    @Test
    void aSubscriptionWithoutTopicsOrAValidAddressIsShownAgainWithItsErrors() throws Exception {
        String page = mvc.perform(post("/my/alerts").with(member()).with(csrf()).param("address", "pia")
                        .param("cadence", "DAILY").param("language", "fi").param("name", "Koosteet"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"address-error\"", "Tarkista sähköpostiosoite.", "Valitse vähintään yksi.",
                "value=\"Koosteet\"");
        assertThat(notification.calls().stream().filter(call -> call.method().equals("POST"))).isEmpty();
    }

    @Test
    void removingAnOwnSubscription() throws Exception {
        mvc.perform(post("/my/alerts/sub-own/delete").with(member()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(notification.callsTo("/api/subscriptions/sub-own").get(0).method()).isEqualTo("DELETE");
    }
}
