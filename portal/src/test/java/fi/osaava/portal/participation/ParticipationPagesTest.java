package fi.osaava.portal.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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

/** Seats and feedback on an offering's page, over catalogue-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipationPagesTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final String FUNDED = CatalogueFixtures.OFFERING
            .replace("\"pricing\": {\"kind\": \"PAID\", \"priceEur\": 149.00, \"funder\": null}",
                    "\"pricing\": {\"kind\": \"FUNDED\", \"priceEur\": null, \"funder\": \"ESR\"}")
            .replace("\"capacity\": null", "\"capacity\": 10");
    static final String ENDED = CatalogueFixtures.OFFERING
            .replace("2027-02-01T08:00:00Z", "2026-01-01T08:00:00Z").replace("2027-02-01T14:00:00Z", "2026-01-01T14:00:00Z");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
    }

    @AfterAll
    static void stop() {
        catalogue.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
        catalogue.json("/api/offerings/off-1", FUNDED)
                .json("/api/offerings/off-1/seats", """
                        {"offeringId": "off-1", "capacity": 10, "reservedSeats": 2, "committedSeats": 0, "freeSeats": 8}""")
                .answer("/api/offerings/off-1/pre-registrations", 201, "application/json", "{}")
                .json("/api/offerings/off-2", ENDED.replace("off-1", "off-2"))
                .answer("/api/offerings/off-2/evaluations", 200, "application/json", "{}");
    }

    static OidcLoginRequestPostProcessor producer() {
        return oidcLogin().idToken(token -> token.subject("user-1").claim("org", "org-kotihoito")
                .claim("roles", List.of("MEMBER")));
    }

    @Test
    void aMemberSeesTheFreeSeatsOfAFundedOfferingAndPreRegisters() throws Exception {
        String page = mvc.perform(get("/tray/off-1").with(producer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Vapaita paikkoja 8 / 10", "Ilmoittaudu ennakkoon");

        mvc.perform(post("/my/offerings/off-1/pre-registration").with(producer()).with(csrf()).param("seats", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tray/off-1"))
                .andExpect(flash().attribute("participationDone", "participation.registered"));
        FakeService.Call sent = catalogue.callsTo("/api/offerings/off-1/pre-registrations").get(0);
        assertThat(sent.body()).isEqualTo("{\"seats\":2}");
        assertThat(sent.authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void theCataloguesRefusalIsShownOnTheOfferingsPageInThePersonsLanguageWithItsFigures() throws Exception {
        catalogue.problem("/api/offerings/off-1/pre-registrations", 409,
                "{\"status\": 409, \"title\": \"Conflict\", \"detail\": \"Only 1 seat(s) left; asked for 5\"}");

        var refused = mvc.perform(post("/my/offerings/off-1/pre-registration").with(producer()).with(csrf())
                        .param("seats", "5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("participationRefused", "Vapaita paikkoja on enää 1; pyysitte 5."))
                .andReturn();

        String page = mvc.perform(get("/tray/off-1").with(producer()).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<p class=\"error\" role=\"alert\">Vapaita paikkoja on enää 1; pyysitte 5.</p>")
                .doesNotContain("seat(s)");

        mvc.perform(post("/my/offerings/off-1/pre-registration").with(producer()).with(csrf())
                        .param("seats", "5").param("lang", "sv"))
                .andExpect(flash().attribute("participationRefused", "Det finns bara 1 lediga platser kvar; ni bad om 5."));
    }

    @Test
    void aRefusalThePortalDoesNotKnowIsShownInTheServicesOwnWords() throws Exception {
        catalogue.problem("/api/offerings/off-1/pre-registrations", 409,
                "{\"status\": 409, \"detail\": \"A refusal nobody has seen before\"}");

        mvc.perform(post("/my/offerings/off-1/pre-registration").with(producer()).with(csrf()).param("seats", "5"))
                .andExpect(flash().attribute("participationRefused",
                        "Tarjotin ei hyväksynyt tätä: A refusal nobody has seen before"));
    }

    @Test
    void aVisitorSeesNoSeatForms() throws Exception {
        String page = mvc.perform(get("/tray/off-1")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).doesNotContain("Ilmoittaudu ennakkoon", "Anna palautetta");
        assertThat(catalogue.callsTo("/api/offerings/off-1/seats")).isEmpty();
    }

    @Test
    void feedbackIsOfferedOnceTheOfferingHasEndedAndReachesTheCatalogue() throws Exception {
        String page = mvc.perform(get("/tray/off-2").with(producer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Anna palautetta");

        mvc.perform(post("/my/offerings/off-2/feedback").with(producer()).with(csrf()).param("rating", "4")
                        .param("participants", "3").param("comment", "Hyvä"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("participationDone", "participation.feedback-saved"));
        assertThat(catalogue.callsTo("/api/offerings/off-2/evaluations").get(0).body())
                .isEqualTo("{\"rating\":4,\"comment\":\"Hyvä\",\"participants\":3}");
    }
}
