package fi.osaava.portal.offerings;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;

/** A provider publishes an offering, and answers a need with it, over services answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class OfferingPagesTest {

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

    @BeforeEach
    void fresh() {
        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
        catalogue.answer("/api/offerings", 201, "application/json", CatalogueFixtures.OFFERING);
        needs.reset();
        needs.answer("/api/needs/need-1/answers", 200, "application/json", "{}");
    }

    static OidcLoginRequestPostProcessor provider() {
        return oidcLogin().idToken(token -> token.subject("user-2").claim("name", "Outi Opettaja")
                .claim("org", "org-savonia").claim("roles", List.of("MEMBER")));
    }

    /** A valid form, with some fields given other values: name, value, name, value … */
    static MockHttpServletRequestBuilder validOffering(String... changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.ofEntries(
                java.util.Map.entry("titleFi", "Lääkelaskennan kertaus"), java.util.Map.entry("category", "PROVIDER_TRAINING"),
                java.util.Map.entry("targetGroups", "STAFF"), java.util.Map.entry("competenceAreas", "medication-calculations"),
                java.util.Map.entry("regions", "11"), java.util.Map.entry("deliveryMode", "ONLINE"),
                java.util.Map.entry("onlineUrl", "https://example.org/k"), java.util.Map.entry("startsAt", "2027-02-01T10:00"),
                java.util.Map.entry("endsAt", "2027-02-01T16:00"), java.util.Map.entry("pricing", "FREE"),
                java.util.Map.entry("teachingLanguages", "fi")));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/my/offerings").with(provider()).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theFormComingFromANeedStartsFromTheNeed() throws Exception {
        String page = mvc.perform(get("/my/offerings/new").with(provider()).param("need", "need-1")
                        .param("area", "medication-calculations").param("region", "11").param("group", "STAFF"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<label for=\"titleFi\">", "id=\"titleFi\"", "<label for=\"startsAt\">", "id=\"startsAt\"")
                .contains("name=\"answersNeed\" value=\"need-1\"")
                .containsPattern("<option value=\"medication-calculations\"\\s+selected=\"selected\"")
                .containsPattern("<option value=\"11\"\\s+selected=\"selected\"");
    }

    @Test
    void aPublishedOfferingGoesToTheCatalogueWithHelsinkiTimes() throws Exception {
        mvc.perform(validOffering())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tray/off-1"));

        FakeService.Call sent = catalogue.callsTo("/api/offerings").get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.uri().getQuery()).isEqualTo("publish=true");
        assertThat(sent.body()).contains("\"startsAt\":\"2027-02-01T08:00:00Z\"", "\"titles\":{\"fi\":\"Lääkelaskennan kertaus\"}",
                "\"delivery\":{\"mode\":\"ONLINE\",\"onlineUrl\":\"https://example.org/k\"}");
    }

    @Test
    void answeringWaitsUntilTheNeedsServiceKnowsTheNewOffering() throws Exception {
        String unknown = """
                {"status": 400, "errors": [{"field": "offeringId", "message": "not a published offering of yours"}]}""";
        needs.once("/api/needs/need-1/answers", 400, "application/problem+json", unknown)
                .once("/api/needs/need-1/answers", 400, "application/problem+json", unknown);

        mvc.perform(validOffering("answersNeed", "need-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/needs/need-1"));

        List<FakeService.Call> answers = needs.callsTo("/api/needs/need-1/answers");
        assertThat(answers).hasSize(3);
        assertThat(answers.get(2).body()).contains("\"kind\":\"OFFERING\"", "\"offeringId\":\"off-1\"");
    }

    @Test
    void theCataloguesRefusalIsShownBesideTheFieldsWithEverythingTypedKept() throws Exception {
        catalogue.problem("/api/offerings", 400, """
                {"status": 400, "errors": [{"field": "delivery.place", "message": "required for ON_SITE"}]}""");

        String page = mvc.perform(validOffering("deliveryMode", "ON_SITE"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"place-error\"", "required for ON_SITE", "value=\"L&auml;&auml;kelaskennan kertaus\"");
    }

    @Test
    void anOfferingWithoutATitleOrWithItsEndBeforeItsStartIsNotSent() throws Exception {
        String page = mvc.perform(validOffering("titleFi", "", "endsAt", "2027-01-31T10:00"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"titleFi-error\"", "Anna nimi ainakin yhdellä kielellä.",
                "Päättymisaika ei voi olla ennen alkamisaikaa.");
        assertThat(catalogue.callsTo("/api/offerings")).isEmpty();
    }

    @Test
    void aProviderSeesItsOwnOfferingsAndWithdrawsOne() throws Exception {
        catalogue.json("/api/offerings", "[" + CatalogueFixtures.OFFERING + ","
                + CatalogueFixtures.OFFERING.replace("off-1", "off-2").replace("org-savonia", "org-other") + "]");
        catalogue.answer("/api/offerings/off-1/withdraw", 200, "application/json", CatalogueFixtures.OFFERING);

        String page = mvc.perform(get("/my/offerings").with(provider()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/tray/off-1\"", "Julkaistu", "Peru koulutus").doesNotContain("/tray/off-2");

        mvc.perform(post("/my/offerings/off-1/withdraw").with(provider()).with(csrf()).param("reason", "Ei osallistujia"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/my/offerings"));
        assertThat(catalogue.callsTo("/api/offerings/off-1/withdraw").get(0).body())
                .isEqualTo("{\"reason\":\"Ei osallistujia\"}");
    }

    @Test
    void aProviderEditsItsOwnOfferingWithItsTimesInHelsinkiTime() throws Exception {
        catalogue.answer("/api/offerings/off-1", 200, "application/json", CatalogueFixtures.OFFERING);

        String page = mvc.perform(get("/my/offerings/off-1/edit").with(provider()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Muokkaa koulutusta", "action=\"/my/offerings/off-1\"", "value=\"2027-02-01T10:00\"",
                "value=\"L&auml;&auml;kelaskennan kertaus\"", "value=\"Repetition av l&auml;kemedelsr&auml;kning\"");

        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
        mvc.perform(post("/my/offerings/off-1").with(provider()).with(csrf())
                        .param("titleFi", "Lääkelaskennan kertaus, syksy").param("category", "PROVIDER_TRAINING")
                        .param("targetGroups", "STAFF").param("competenceAreas", "medication-calculations")
                        .param("regions", "11").param("deliveryMode", "ONLINE").param("startsAt", "2027-09-01T10:00")
                        .param("endsAt", "2027-09-01T16:00").param("pricing", "FREE").param("teachingLanguages", "fi"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tray/off-1"));
        FakeService.Call sent = catalogue.callsTo("/api/offerings/off-1").stream()
                .filter(call -> call.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(sent.body()).contains("\"startsAt\":\"2027-09-01T07:00:00Z\"", "Lääkelaskennan kertaus, syksy");
    }

    @Test
    void anotherOrganisationsOfferingCannotBeOpenedForEditing() throws Exception {
        mvc.perform(get("/my/offerings/off-1/edit").with(oidcLogin().idToken(token -> token.subject("user-9")
                        .claim("org", "org-other").claim("roles", List.of("MEMBER")))))
                .andExpect(status().isNotFound());
    }
}
