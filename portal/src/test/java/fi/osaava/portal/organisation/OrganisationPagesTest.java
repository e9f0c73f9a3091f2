package fi.osaava.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;

/** The organisation's own page, its profile form and its contact persons, over membership-service on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPagesTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService membership = new FakeService();

    static final String ORGANISATION_PATH = "/api/organisations/org-kotihoito";
    static final String PROFILE_PATH = ORGANISATION_PATH + "/profile";
    static final String CONTACTS_PATH = ORGANISATION_PATH + "/contacts";

    /** The whole record, as membership-service gives it to the organisation itself. */
    static final String ORGANISATION = """
            {"id": "org-kotihoito", "name": "Kotihoito Kallavesi", "businessId": "0000004-3", "type": "SERVICE_PRODUCER",
             "ring": "MIDDLE", "status": "ACTIVE", "regions": ["11"], "competenceAreasOffered": [],
             "competenceAreasOfInterest": ["medication-safety"], "targetGroups": ["STAFF"],
             "contactEmail": "toimisto@kotihoito.example.org", "demo": true, "registeredAt": "2026-01-15T09:30:00Z",
             "revision": 7, "website": "https://kotihoito.example.org", "participations": [], "futureField": 1}""";

    /** What another person stored meanwhile. */
    static final String STORED_NOW = ORGANISATION.replace("\"regions\": [\"11\"]", "\"regions\": [\"01\"]")
            .replace("toimisto@kotihoito.example.org", "paivitetty@kotihoito.example.org")
            .replace("\"revision\": 7", "\"revision\": 8");

    static final String CONTACTS = """
            [{"id": "c-aino", "name": "Aino Hoitaja", "role": "Vastaava sairaanhoitaja", "email": "aino@kotihoito.example.org",
              "language": "fi", "listed": true, "receivesAlerts": true, "createdAt": "2026-01-15T09:30:00Z"},
             {"id": "c-erik", "name": "Erik Vårdare", "role": null, "email": "erik@kotihoito.example.org",
              "language": "sv", "listed": false, "receivesAlerts": false, "createdAt": "2026-01-16T09:30:00Z"}]""";

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
        membership.json(ORGANISATION_PATH, ORGANISATION)
                .json(CONTACTS_PATH, CONTACTS)
                .json(PROFILE_PATH, ORGANISATION)
                .answer(CONTACTS_PATH + "/c-erik", 204, "application/json", "");
    }

    static OidcLoginRequestPostProcessor member() {
        return oidcLogin().idToken(token -> token.subject("user-1").claim("org", "org-kotihoito")
                .claim("roles", List.of("MEMBER")));
    }

    static MockHttpServletRequestBuilder profile() {
        return post("/my/organisation/profile").with(member()).with(csrf())
                .param("regions", "11").param("regions", "01")
                .param("competenceAreasOfInterest", "medication-safety").param("competenceAreasOfInterest", "medication-calculations")
                .param("_targetGroups", "on").param("targetGroups", "SUPERVISORS")
                .param("contactEmail", "koulutus@kotihoito.example.org").param("website", "").param("revision", "7");
    }

    List<FakeService.Call> sent(String method) {
        return membership.calls().stream().filter(call -> call.method().equals(method)).toList();
    }

    @Test
    void theProfileAndTheContactPersonsAreShownInThePersonsLanguageAskedWithTheirToken() throws Exception {
        String page = mvc.perform(get("/my/organisation").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kotihoito Kallavesi", "0000004-3", "Palveluntuottaja", "Keskikehä", "Pohjois-Savo",
                "Lääkehoidon turvallisuus", "Henkilöstö", "toimisto@kotihoito.example.org",
                "href=\"https://kotihoito.example.org\"", "Aino Hoitaja", "Vastaava sairaanhoitaja", "aino@kotihoito.example.org",
                "Erik Vårdare", "svenska", "href=\"/my/organisation/profile\"", "href=\"/my/organisation/contacts\"",
                "href=\"/my/organisation/contacts/c-erik/erase\"", "aria-label=\"Poista yhteyshenkilö Erik Vårdare\"")
                // the header leads here like to the other pages of one's own
                .contains("<a href=\"/my/organisation\">Organisaatiomme</a>");
        assertThat(membership.calls()).extracting(FakeService.Call::authorization).containsOnly("Bearer access-token");
        assertThat(membership.calls()).extracting(call -> call.uri().getPath())
                .containsExactlyInAnyOrder(ORGANISATION_PATH, CONTACTS_PATH);

        String swedish = mvc.perform(get("/my/organisation").param("lang", "sv").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(swedish).contains("Vår organisation", "Norra Savolax", "Läkemedelssäkerhet", "Personal",
                "Kontaktpersoner", "Får meddelanden").doesNotContain("Pohjois-Savo");
    }

    @Test
    void aVisitorIsSentToSignInAndNoServiceIsAsked() throws Exception {
        for (String page : List.of("/my/organisation", "/my/organisation/profile", "/my/organisation/contacts",
                "/my/organisation/contacts/c-erik/erase")) {
            mvc.perform(get(page))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        }
        mvc.perform(post("/my/organisation/contacts/c-erik/erase").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
        assertThat(membership.calls()).isEmpty();
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/my/organisation/profile").with(member()).param("regions", "11").param("revision", "7")
                        .param("contactEmail", "koulutus@kotihoito.example.org"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/organisation/contacts").with(member()).param("name", "X").param("email", "x@example.org"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/organisation/contacts/c-erik/erase").with(member())).andExpect(status().isForbidden());

        assertThat(membership.calls()).isEmpty();
    }

    @Test
    void theEditFormStartsFromTheStoredProfileAndItsRevision() throws Exception {
        String page = mvc.perform(get("/my/organisation/profile").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"revision\" value=\"7\"", "value=\"toimisto@kotihoito.example.org\"",
                        "value=\"https://kotihoito.example.org\"", "Osaamisalueet, joista haluamme kuulla",
                        "Osaamisalueet, joilla tarjoamme koulutusta", "<legend>Kohderyhmät (jos et valitse yhtään, kaikki)</legend>")
                .containsPattern("<option value=\"11\"\\s+selected=\"selected\"")
                .containsPattern("id=\"competenceAreasOfInterest\"[^>]*>\\s*<option value=\"medication-safety\"\\s+selected=\"selected\"")
                .containsPattern("id=\"competenceAreasOffered\"[^>]*>\\s*<option value=\"medication-safety\">")
                .containsPattern("value=\"STAFF\"[^>]*checked=\"checked\"");
    }

    @Test
    void aSavedProfileIsPutWholeWithTheRevisionItWasMadeOn() throws Exception {
        mvc.perform(profile())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/organisation"))
                .andExpect(flash().attribute("profileChanged", true));

        FakeService.Call put = sent("PUT").get(0);
        assertThat(put.uri().getPath()).isEqualTo(PROFILE_PATH);
        assertThat(put.authorization()).isEqualTo("Bearer access-token");
        assertThat(put.body()).isEqualTo("{\"regions\":[\"11\",\"01\"],\"competenceAreasOffered\":[],"
                + "\"competenceAreasOfInterest\":[\"medication-safety\",\"medication-calculations\"],"
                + "\"targetGroups\":[\"SUPERVISORS\"],\"contactEmail\":\"koulutus@kotihoito.example.org\","
                + "\"website\":null,\"revision\":7}");
    }

    @Test
    void anIncompleteProfileIsShownAgainWithErrorsBesideTheFieldsAndNothingTypedLost() throws Exception {
        String page = mvc.perform(post("/my/organisation/profile").with(member()).with(csrf())
                        .param("competenceAreasOffered", "medication-calculations").param("contactEmail", "toimisto")
                        .param("website", "http://kotihoito.example.org").param("revision", "7"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"regions-error\"", "Valitse vähintään yksi.", "id=\"contactEmail-error\"",
                        "Tarkista sähköpostiosoite.", "id=\"website-error\"", "Anna verkkosivujen osoite muodossa https://",
                        "aria-describedby=\"contactEmail-error\"", "value=\"toimisto\"",
                        "value=\"http://kotihoito.example.org\"", "name=\"revision\" value=\"7\"")
                .containsPattern("<option value=\"medication-calculations\"\\s+selected=\"selected\"");
        assertThat(sent("PUT")).isEmpty();
    }

    @Test
    void theServicesRefusalIsShownBesideItsFieldInThePersonsLanguage() throws Exception {
        membership.problem(PROFILE_PATH, 400, """
                {"status": 400, "title": "Invalid request", "detail": "The request has 1 invalid field(s)",
                 "errors": [{"field": "competenceAreasOfInterest[1].<list element>", "message": "is deprecated"}]}""");

        String page = mvc.perform(profile()).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"competenceAreasOfInterest-error\"",
                        "Jäsenpalvelu ei hyväksynyt valittuja osaamisalueita.",
                        "aria-describedby=\"competenceAreasOfInterest-error competenceAreasOfInterest-hint\"",
                        "value=\"koulutus@kotihoito.example.org\"")
                .doesNotContain("is deprecated");
    }

    @Test
    void aProfileChangedMeanwhileShowsWhatIsStoredNowAndKeepsWhatWasTyped() throws Exception {
        membership.problem(PROFILE_PATH, 409, """
                {"status": 409, "title": "Conflict", "detail": "Organisation org-kotihoito was changed meanwhile"}""")
                .json(ORGANISATION_PATH, STORED_NOW);

        String page = mvc.perform(profile()).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Joku muutti profiilia samaan aikaan", "paivitetty@kotihoito.example.org", "Uusimaa",
                        // what was typed, now on the stored revision: saving again puts it over what is stored
                        "value=\"koulutus@kotihoito.example.org\"", "name=\"revision\" value=\"8\"")
                .containsPattern("value=\"SUPERVISORS\"[^>]*checked=\"checked\"")
                .containsPattern("id=\"competenceAreasOfInterest\"[^>]*>\\s*<option value=\"medication-safety\"\\s+selected=\"selected\""
                        + "[^<]*</option>\\s*<option value=\"medication-calculations\"\\s+selected=\"selected\"");
        assertThat(sent("PUT")).singleElement().satisfies(call -> assertThat(call.body()).contains("\"revision\":7"));
    }

    @Test
    void aNewContactPersonGoesToMembershipWithTheConsentsAsChosen() throws Exception {
        membership.once(CONTACTS_PATH, 201, "application/json", """
                {"id": "c-new", "name": "Pia Esihenkilö", "email": "pia@kotihoito.example.org"}""");

        mvc.perform(post("/my/organisation/contacts").with(member()).with(csrf())
                        .param("name", "Pia Esihenkilö").param("role", "Esihenkilö").param("email", "pia@kotihoito.example.org")
                        .param("language", "sv").param("listed", "true").param("_listed", "on").param("_receivesAlerts", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/organisation"))
                .andExpect(flash().attribute("contactAdded", true));

        assertThat(sent("POST")).singleElement().satisfies(call -> {
            assertThat(call.uri().getPath()).isEqualTo(CONTACTS_PATH);
            assertThat(call.body()).isEqualTo("{\"name\":\"Pia Esihenkilö\",\"role\":\"Esihenkilö\","
                    + "\"email\":\"pia@kotihoito.example.org\",\"language\":\"sv\",\"listed\":true,\"receivesAlerts\":false}");
        });
    }

    @Test
    void theContactFormIsLabelledAndAnIncompleteOneComesBackWithItsErrors() throws Exception {
        String empty = mvc.perform(get("/my/organisation/contacts").param("lang", "en").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("<legend>Consents</legend>", "May be listed in the member directory",
                "aria-describedby=\"receivesAlerts-hint\"").containsPattern("<option value=\"en\"\\s+selected=\"selected\"");

        String page = mvc.perform(post("/my/organisation/contacts").with(member()).with(csrf())
                        .param("name", " ").param("role", "Kotihoidon vastaava").param("email", "pia")
                        .param("language", "fi").param("receivesAlerts", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"name-error\"", "Täytä tämä kenttä.", "id=\"email-error\"", "Tarkista sähköpostiosoite.",
                        "value=\"Kotihoidon vastaava\"", "value=\"pia\"")
                .containsPattern("name=\"receivesAlerts\"[^>]*checked=\"checked\"");
        assertThat(sent("POST")).isEmpty();
    }

    @Test
    void anAddressTheOrganisationAlreadyHasIsShownBesideTheEmailField() throws Exception {
        membership.once(CONTACTS_PATH, 409, "application/problem+json", """
                {"status": 409, "title": "Conflict", "detail": "Organisation org-kotihoito already has a contact person with that e-mail address"}""");

        String page = mvc.perform(post("/my/organisation/contacts").with(member()).with(csrf())
                        .param("name", "Aino H").param("email", "AINO@kotihoito.example.org").param("language", "fi"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"email-error\"", "Organisaatiolla on jo yhteyshenkilö tällä sähköpostiosoitteella.",
                "value=\"Aino H\"");
    }

    @Test
    void erasingAContactPersonAsksFirstOnAPageOfItsOwnThenErasesAtMembership() throws Exception {
        String confirm = mvc.perform(get("/my/organisation/contacts/c-erik/erase").with(member()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Poistetaanko yhteyshenkilö?", "Erik Vårdare", "erik@kotihoito.example.org",
                        "action=\"/my/organisation/contacts/c-erik/erase\"", "name=\"_csrf\"", "href=\"/my/organisation\"")
                .doesNotContain("<script>");
        assertThat(membership.calls()).noneMatch(call -> call.method().equals("DELETE"));

        mvc.perform(post("/my/organisation/contacts/c-erik/erase").with(member()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/organisation"))
                .andExpect(flash().attribute("contactErased", true));
        assertThat(sent("DELETE")).singleElement().satisfies(call -> {
            assertThat(call.uri().getPath()).isEqualTo(CONTACTS_PATH + "/c-erik");
            assertThat(call.authorization()).isEqualTo("Bearer access-token");
        });
    }

    @Test
    void anUnknownContactPersonIsNotFoundAndAnErasureMembershipDoesNotKnowSaysSo() throws Exception {
        mvc.perform(get("/my/organisation/contacts/c-nobody/erase").with(member())).andExpect(status().isNotFound());

        mvc.perform(post("/my/organisation/contacts/c-nobody/erase").with(member()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("eraseError", true));
        String page = mvc.perform(get("/my/organisation").with(member()).flashAttr("eraseError", true))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Yhteyshenkilöä ei löytynyt.");
    }

    @Test
    void anOrganisationMembershipDoesNotKnowHasNoPage() throws Exception {
        membership.reset();

        for (String page : List.of("/my/organisation", "/my/organisation/profile", "/my/organisation/contacts",
                "/my/organisation/contacts/c-erik/erase")) {
            mvc.perform(get(page).with(member())).andExpect(status().isNotFound());
        }
    }
}
