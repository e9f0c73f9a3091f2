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
                {"status": 400, "errors": [{"field": "delivery.place", "message": "is not a place we know"}]}""");

        String page = mvc.perform(validOffering("deliveryMode", "HYBRID", "place", "Atlantis"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"place-error\"", "is not a place we know", "value=\"L&auml;&auml;kelaskennan kertaus\"");
    }

    @Test
    void theCataloguesRulesThatJoinFieldsAreSaidBesideTheFieldsInThePersonsLanguageWithoutAsking() throws Exception {
        String page = mvc.perform(validOffering("deliveryMode", "ON_SITE", "pricing", "FUNDED", "priceEur", "10",
                        "registrationDeadline", "2027-02-02T10:00"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"place-error\"", "Lähi- tai monimuotokoulutukselle tarvitaan paikka.",
                "id=\"onlineUrl-error\"", "Lähikoulutuksella ei ole verkko-osoitetta",
                "id=\"priceEur-error\"", "Hinta annetaan vain maksulliselle koulutukselle.",
                "id=\"capacity-error\"", "Rahoitetulle koulutukselle tarvitaan paikkamäärä",
                "id=\"registrationDeadline-error\"", "Ilmoittautumisen on päätyttävä viimeistään koulutuksen alkaessa.");
        assertThat(catalogue.callsTo("/api/offerings")).isEmpty();

        String paid = mvc.perform(validOffering("pricing", "PAID").header("Accept-Language", "sv")
                        .cookie(new jakarta.servlet.http.Cookie("osaava-lang", "sv")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(paid).contains("id=\"priceEur-error\"", "En avgiftsbelagd utbildning behöver ett pris.");
        assertThat(catalogue.callsTo("/api/offerings")).isEmpty();
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

    static final String EVERY_FIELD = """
            {"id": "off-1", "providerOrganisationId": "org-savonia", "title": "Lääkelaskennan kertaus",
             "titles": {"fi": "Lääkelaskennan kertaus", "sv": "Repetition av läkemedelsräkning", "en": "Medication maths refresher"},
             "summaries": {"fi": "Perusteet kotihoidossa.", "sv": "Grunderna i hemvården.", "en": "The basics in home care."},
             "descriptions": {"fi": "Pitkä kuvaus.", "sv": "Lång beskrivning.", "en": "A long description."},
             "description": "Pitkä kuvaus.", "category": "CHANGE_SUPPORT", "targetGroups": ["STAFF", "SUPERVISORS"],
             "competenceAreas": ["medication-calculations"], "regions": ["11", "01"],
             "delivery": {"mode": "HYBRID", "place": "Kuopio, Microkatu 1", "onlineUrl": "https://example.org/kurssi"},
             "startsAt": "2027-02-01T08:00:00Z", "endsAt": "2027-02-01T14:00:00Z",
             "registrationDeadline": "2027-01-20T10:00:00Z",
             "pricing": {"kind": "FUNDED", "funder": "ESR"}, "capacity": 25, "teachingLanguages": ["fi", "sv"],
             "contact": {"name": "Outi Opettaja", "email": "outi@savonia.example"},
             "attachments": [{"title": "Esite", "url": "https://example.org/esite.pdf"},
                             {"title": "Ohjelma", "url": "https://example.org/ohjelma"}],
             "status": "PUBLISHED", "createdAt": "2026-11-01T10:00:00Z", "externalId": "SAV-2027-17",
             "sourceSystem": "Peppi"}""";

    /** Every field of the form filled in, as a person would send it (the empty link rows too). */
    static MockHttpServletRequestBuilder everyField(MockHttpServletRequestBuilder request) {
        return request.with(provider()).with(csrf())
                .param("titleFi", "Lääkelaskennan kertaus").param("titleSv", "Repetition av läkemedelsräkning")
                .param("titleEn", "Medication maths refresher")
                .param("summaryFi", "Perusteet kotihoidossa.").param("summarySv", "Grunderna i hemvården.")
                .param("summaryEn", "The basics in home care.")
                .param("descriptionFi", "Pitkä kuvaus.").param("descriptionSv", "Lång beskrivning.")
                .param("descriptionEn", "A long description.")
                .param("category", "CHANGE_SUPPORT").param("targetGroups", "STAFF", "SUPERVISORS")
                .param("competenceAreas", "medication-calculations").param("regions", "11", "01")
                .param("deliveryMode", "HYBRID").param("place", "Kuopio, Microkatu 1")
                .param("onlineUrl", "https://example.org/kurssi")
                .param("startsAt", "2027-02-01T10:00").param("endsAt", "2027-02-01T16:00")
                .param("registrationDeadline", "2027-01-20T12:00")
                .param("pricing", "FUNDED").param("priceEur", "").param("funder", "ESR").param("capacity", "25")
                .param("teachingLanguages", "fi", "sv")
                .param("contactName", "Outi Opettaja").param("contactEmail", "outi@savonia.example")
                .param("attachments[0].title", "Esite").param("attachments[0].url", "https://example.org/esite.pdf")
                .param("attachments[1].title", "").param("attachments[1].url", "")
                .param("attachments[2].title", "Ohjelma").param("attachments[2].url", "https://example.org/ohjelma")
                .param("externalId", "SAV-2027-17").param("sourceSystem", "Peppi");
    }

    /** What the catalogue was sent, as JSON. */
    static tools.jackson.databind.JsonNode sentJson(FakeService.Call call) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(call.body());
    }

    @Test
    void everyFieldOfTheFormReachesTheCatalogue() throws Exception {
        mvc.perform(everyField(post("/my/offerings")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/tray/off-1"));

        tools.jackson.databind.JsonNode sent = sentJson(catalogue.callsTo("/api/offerings").get(0));
        tools.jackson.databind.JsonNode expected = tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
                {"titles": {"fi": "Lääkelaskennan kertaus", "sv": "Repetition av läkemedelsräkning", "en": "Medication maths refresher"},
                 "summaries": {"fi": "Perusteet kotihoidossa.", "sv": "Grunderna i hemvården.", "en": "The basics in home care."},
                 "descriptions": {"fi": "Pitkä kuvaus.", "sv": "Lång beskrivning.", "en": "A long description."},
                 "category": "CHANGE_SUPPORT", "targetGroups": ["STAFF", "SUPERVISORS"],
                 "competenceAreas": ["medication-calculations"], "regions": ["11", "01"],
                 "delivery": {"mode": "HYBRID", "place": "Kuopio, Microkatu 1", "onlineUrl": "https://example.org/kurssi"},
                 "startsAt": "2027-02-01T08:00:00Z", "endsAt": "2027-02-01T14:00:00Z",
                 "registrationDeadline": "2027-01-20T10:00:00Z",
                 "pricing": {"kind": "FUNDED", "funder": "ESR"}, "capacity": 25, "teachingLanguages": ["fi", "sv"],
                 "contact": {"name": "Outi Opettaja", "email": "outi@savonia.example"},
                 "attachments": [{"title": "Esite", "url": "https://example.org/esite.pdf"},
                                 {"title": "Ohjelma", "url": "https://example.org/ohjelma"}],
                 "externalId": "SAV-2027-17", "sourceSystem": "Peppi"}""");
        assertThat(sent).isEqualTo(expected);
    }

    @Test
    void editingShowsEveryFieldOfTheOfferingAndSendsItBackUnchanged() throws Exception {
        catalogue.answer("/api/offerings/off-1", 200, "application/json", EVERY_FIELD);

        String page = mvc.perform(get("/my/offerings/off-1/edit").with(provider()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Medication maths refresher\"", "Grunderna i hemv&aring;rden.",
                        "The basics in home care.", "L&aring;ng beskrivning.", "A long description.",
                        "value=\"Kuopio, Microkatu 1\"", "value=\"2027-01-20T12:00\"", "value=\"ESR\"",
                        "value=\"25\"", "value=\"outi@savonia.example\"", "value=\"SAV-2027-17\"", "value=\"Peppi\"")
                .contains("name=\"attachments[1].url\" value=\"https://example.org/ohjelma\"",
                        "<label for=\"attachments1.url\">", "id=\"attachments1.url\"")
                // two empty rows after the two links, for more
                .contains("name=\"attachments[3].title\" value=\"\"")
                .doesNotContain("name=\"attachments[4].title\"");

        // the page's form sent back as it stands (every input with its value, the selected options and boxes)
        MockHttpServletRequestBuilder put = post("/my/offerings/off-1").with(provider()).with(csrf());
        formFields(page, "offering-form").forEach(field -> put.param(field.getKey(), field.getValue()));
        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
        mvc.perform(put).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tray/off-1"));

        FakeService.Call sent = catalogue.callsTo("/api/offerings/off-1").stream()
                .filter(call -> call.method().equals("PUT")).findFirst().orElseThrow();
        tools.jackson.databind.JsonNode shown = tools.jackson.databind.json.JsonMapper.builder().build().readTree(EVERY_FIELD);
        tools.jackson.databind.JsonNode body = sentJson(sent);
        for (String field : List.of("titles", "summaries", "descriptions", "category", "targetGroups", "competenceAreas",
                "regions", "delivery", "startsAt", "endsAt", "registrationDeadline", "pricing", "capacity",
                "teachingLanguages", "contact", "attachments", "externalId", "sourceSystem")) {
            assertThat(body.get(field)).as(field).isEqualTo(shown.get(field));
        }
    }

    @Test
    void theCataloguesErrorOnALinkIsShownBesideTheRowItCameFrom() throws Exception {
        // the second link sent is the form's third row: the empty row between them was not sent
        catalogue.problem("/api/offerings", 400, """
                {"status": 400, "errors": [{"field": "attachments[1].url", "message": "must be an https:// address"}]}""");

        String page = mvc.perform(everyField(post("/my/offerings")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("id=\"attachments2.url-error\"[^>]*>Palvelu ei hyväksynyt tätä: "
                        + "must be an https:// address<")
                .containsPattern("<input [^>]*aria-describedby=\"attachments2.url-error\" id=\"attachments2.url\"")
                .doesNotContain("id=\"attachments0.url-error\"");
        assertThat(page).contains("value=\"https://example.org/ohjelma\"", "value=\"SAV-2027-17\"");
    }

    @Test
    void aHalfFilledLinkOrAnAddressThatIsNotHttpsIsNotSent() throws Exception {
        String page = mvc.perform(validOffering("attachments[0].title", "Esite", "attachments[0].url", "",
                        "attachments[1].title", "Ohjelma", "attachments[1].url", "http://example.org/ohjelma"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"attachments0.url-error\" class=\"error\">Anna linkin osoite.<",
                "id=\"attachments1.url-error\" class=\"error\">Anna osoite muodossa https://…<");
        assertThat(catalogue.callsTo("/api/offerings")).isEmpty();
    }

    @Test
    void anIdTheProviderHasUsedAlreadyIsSaidBesideItAndAWithdrawnOfferingsRefusalInThePersonsLanguage() throws Exception {
        catalogue.problem("/api/offerings", 409, """
                {"status": 409, "title": "Conflict", "detail": "Something with the same identity already exists"}""");
        String page = mvc.perform(validOffering("externalId", "SAV-2027-17"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"externalId-error\"", "Organisaatiollanne on jo koulutus tällä tunnisteella.",
                "value=\"SAV-2027-17\"");

        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
        catalogue.problem("/api/offerings/off-1", 409, """
                {"status": 409, "detail": "Offering off-1 is WITHDRAWN; a withdrawn offering cannot be changed"}""");
        String edited = mvc.perform(everyField(post("/my/offerings/off-1")).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(edited).contains("The status of the training is Withdrawn, and it can no longer be changed.")
                .doesNotContain("a withdrawn offering cannot be changed");
    }

    @Test
    void checkingAsYouTypeAnswersALinkRowsErrorInThePersonsLanguage() throws Exception {
        String page = mvc.perform(get("/my/offerings/new").with(provider()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("hx-post=\"/my/offerings/check?field=attachments%5B1%5D.url\" hx-trigger=\"change\"",
                "hx-post=\"/my/offerings/check?field=titleFi\"");

        String fragment = mvc.perform(post("/my/offerings/check").with(provider()).with(csrf()).param("lang", "en")
                        .param("field", "attachments[1].url").param("attachments[0].title", "")
                        .param("attachments[0].url", "").param("attachments[1].title", "Programme")
                        .param("attachments[1].url", "ftp://example.org/programme"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment.strip()).isEqualTo("<div class=\"check\" aria-live=\"polite\"><p id=\"attachments1.url-error\" "
                + "class=\"error\">Give the address as https://…</p></div>");

        // the rule that joins the titles: one is enough, in any language
        String title = mvc.perform(post("/my/offerings/check").with(provider()).with(csrf())
                        .param("field", "titleFi").param("titleFi", "").param("titleSv", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(title).contains("Anna nimi ainakin yhdellä kielellä.");
        String titled = mvc.perform(post("/my/offerings/check").with(provider()).with(csrf())
                        .param("field", "titleFi").param("titleFi", "").param("titleSv", "Repetition"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(titled).doesNotContain("error");
        mvc.perform(post("/my/offerings/check").with(provider()).with(csrf()).param("field", "attachments[1].url.class"))
                .andExpect(status().isBadRequest());
        assertThat(catalogue.callsTo("/api/offerings")).isEmpty();
    }

    private static final java.util.regex.Pattern ATTRIBUTE = java.util.regex.Pattern.compile("([\\w-]+)=\"([^\"]*)\"");

    /** What a browser sends of the form with this id as the page shows it: name and value of each field, in order. */
    static List<java.util.Map.Entry<String, String>> formFields(String page, String formId) {
        String form = page.substring(page.indexOf("<form id=\"" + formId + "\""));
        form = form.substring(0, form.indexOf("</form>"));
        List<java.util.Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile(
                "<input\\b([^>]*)>|<textarea\\b([^>]*)>(.*?)</textarea>|<select\\b([^>]*)>(.*?)</select>",
                java.util.regex.Pattern.DOTALL).matcher(form);
        while (tags.find()) {
            if (tags.group(1) != null) {
                java.util.Map<String, String> input = attributes(tags.group(1));
                String type = input.getOrDefault("type", "text");
                if ((type.equals("checkbox") || type.equals("radio")) && !input.containsKey("checked")) {
                    continue;
                }
                field(fields, input.get("name"), input.getOrDefault("value", ""));
            } else if (tags.group(2) != null) {
                field(fields, attributes(tags.group(2)).get("name"), tags.group(3));
            } else {
                String name = attributes(tags.group(4)).get("name");
                java.util.regex.Matcher options = java.util.regex.Pattern.compile("<option\\b([^>]*)>").matcher(tags.group(5));
                while (options.find()) {
                    java.util.Map<String, String> option = attributes(options.group(1));
                    if (option.containsKey("selected")) {
                        field(fields, name, option.get("value"));
                    }
                }
            }
        }
        return fields;
    }

    private static void field(List<java.util.Map.Entry<String, String>> fields, String name, String value) {
        if (name != null && !name.equals("_csrf")) {
            fields.add(java.util.Map.entry(name, org.springframework.web.util.HtmlUtils.htmlUnescape(value)));
        }
    }

    private static java.util.Map<String, String> attributes(String tag) {
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        java.util.regex.Matcher found = ATTRIBUTE.matcher(tag);
        while (found.find()) {
            attributes.put(found.group(1), found.group(2));
        }
        return attributes;
    }
}
