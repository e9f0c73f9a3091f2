package fi.osaava.portal.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;

/** Joining as a passive member over catalogue- and membership-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class JoinPageTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService membership = new FakeService();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
        properties.add("osaava.portal.membership", () -> membership.url().toString());
    }

    @AfterAll
    static void stop() {
        catalogue.close();
        membership.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        membership.reset();
        membership.json("/api/ecosystems", "[{\"id\": \"pohjois-savo\", \"name\": \"Osaamisen sydän\", \"regions\": [\"11\"]}]")
                .answer("/api/ecosystems/pohjois-savo/passive-members", 202, "application/json", "{}");
    }

    @Test
    void anyoneJoinsInTheirLanguageAndIsToldToCheckTheirMail() throws Exception {
        String page = mvc.perform(post("/join").with(csrf()).param("lang", "sv").param("ecosystem", "pohjois-savo")
                        .param("email", "pia@example.org").param("regions", "11")
                        .param("competenceAreas", "medication-safety"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kontrollera din e-post");
        FakeService.Call sent = membership.callsTo("/api/ecosystems/pohjois-savo/passive-members").get(0);
        assertThat(sent.body()).contains("\"email\":\"pia@example.org\"", "\"language\":\"sv\"",
                "\"competenceAreas\":[\"medication-safety\"]");
        assertThat(sent.authorization()).isEmpty();
    }

    @Test
    void aFormWithoutAnAddressOrInterestsIsShownAgainWithItsErrors() throws Exception {
        String page = mvc.perform(post("/join").with(csrf()).param("ecosystem", "pohjois-savo")
                        .param("email", "not-an-address").param("organisationName", "Hoiva Oy"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"email-error\"", "Tarkista sähköpostiosoite.", "Valitse vähintään yksi.",
                "value=\"Hoiva Oy\"", "Osaamisen sydän");
        assertThat(membership.callsTo("/api/ecosystems/pohjois-savo/passive-members")).isEmpty();
    }

    @Test
    void theJoinPageListsTheEcosystems() throws Exception {
        String page = mvc.perform(get("/join")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<option value=\"pohjois-savo\">Osaamisen sydän</option>", "Lääkelaskenta");
    }
}
