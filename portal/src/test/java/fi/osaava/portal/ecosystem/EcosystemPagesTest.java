package fi.osaava.portal.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
import fi.osaava.portal.MembershipFixtures;

/** The ecosystems and their directory by ring over membership- and catalogue-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class EcosystemPagesTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();
    static final FakeService membership = new FakeService();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
        properties.add("osaava.portal.membership", () -> membership.url().toString());
        properties.add("osaava.portal.call-timeout", () -> "2s");
    }

    @AfterAll
    static void stop() {
        catalogue.close();
        membership.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void freshServices() {
        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
        membership.reset();
        MembershipFixtures.serve(membership);
    }

    @Test
    void aVisitorSeesTheEcosystemsWithTheirRegions() throws Exception {
        String page = mvc.perform(get("/ecosystems"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"fi\"", "<h1>Ekosysteemit</h1>",
                "<a href=\"/ecosystems/pohjois-savo\">Osaamisen sydän</a>", "PirSOTE Akatemia",
                "Pohjois-Savon sote-alan jatkuvan oppimisen ekosysteemi.", "Pohjois-Savo");
        assertThat(page.split("<h1").length).isEqualTo(2);
        assertThat(membership.callsTo("/api/ecosystems").get(0).authorization()).isEmpty();
    }

    @Test
    void theHeaderAndTheFrontPageLeadToTheEcosystems() throws Exception {
        String page = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<a href=\"/ecosystems\">Ekosysteemit</a>",
                "<a href=\"/ecosystems\">Ekosysteemit ja niiden jäsenet</a>");
    }

    @Test
    void anEcosystemShowsItsMembersUnderTheirRingsCoreFirst() throws Exception {
        String page = mvc.perform(get("/ecosystems/pohjois-savo"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Osaamisen sydän</h1>", "href=\"/join?ecosystem=pohjois-savo\"",
                "Liity passiiviseksi jäseneksi", "4 organisaatiota");
        assertThat(page.split("<h1").length).isEqualTo(2);
        assertThat(page).containsSubsequence(
                "<h3 id=\"ring-CORE\">Ydinkehä</h3>", "Pohjois-Savon hyvinvointialue", "Hyvinvointialue",
                "Koordinaattori", "Lääkehoidon turvallisuus", "https://pshyvinvointialue.fi",
                "Savonia-ammattikorkeakoulu", "Ammattikorkeakoulu", "Ekosysteemityöryhmä", "Pohjois-Savo", "Uusimaa",
                "Tarjoaa osaamista", "Lääkelaskenta",
                "<h3 id=\"ring-MIDDLE\">Keskikehä</h3>", "Kotihoito Kallavesi", "Palveluntuottaja",
                "Kiinnostunut osaamisesta", "Lääkelaskenta",
                "<h3 id=\"ring-OUTER\">Ulkokehä</h3>", "Pohjois-Savon sote-ammattilaiset ry", "Ammattiliitto");
        String asked = URLDecoder.decode(membership.callsTo("/api/directory").get(0).uri().getRawQuery(),
                StandardCharsets.UTF_8);
        assertThat(asked).isEqualTo("ecosystem=pohjois-savo&page=0&size=200");
        assertThat(membership.callsTo("/api/directory").get(0).authorization()).isEmpty();
    }

    @Test
    void theDirectoryIsInSwedishWithTheLanguageSwitch() throws Exception {
        String page = mvc.perform(get("/ecosystems/pohjois-savo").param("lang", "sv"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"sv\"", "Gå med som passiv medlem", "4 organisationer",
                "<h3 id=\"ring-CORE\">Kärnringen</h3>", "<h3 id=\"ring-MIDDLE\">Mellanringen</h3>",
                "<h3 id=\"ring-OUTER\">Den yttre ringen</h3>", "Yrkeshögskola", "Välfärdsområde", "Fackförbund",
                "Koordinator", "Läkemedelsräkning", "Norra Savolax", "<label for=\"type\">Typ av organisation</label>");

        String list = mvc.perform(get("/ecosystems").param("lang", "sv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("<h1>Ekosystem</h1>", "Norra Savolax");
    }

    @Test
    void theFiltersReachTheDirectoryAndStayChosenInAShareableForm() throws Exception {
        membership.json("/api/directory", """
                [{"id": "org-savonia", "name": "Savonia-ammattikorkeakoulu", "type": "UNIVERSITY_OF_APPLIED_SCIENCES",
                  "ecosystems": [{"ecosystemId": "pohjois-savo", "ring": "CORE", "roles": []}], "regions": ["11"],
                  "competenceAreasOffered": ["medication-calculations"], "competenceAreasOfInterest": []}]""");

        String page = mvc.perform(get("/ecosystems/pohjois-savo").param("ring", "CORE")
                        .param("type", "UNIVERSITY_OF_APPLIED_SCIENCES").param("region", "11")
                        .param("competenceArea", "medication-safety"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String asked = URLDecoder.decode(membership.callsTo("/api/directory").get(0).uri().getRawQuery(),
                StandardCharsets.UTF_8);
        assertThat(asked).isEqualTo("ecosystem=pohjois-savo&ring=CORE&type=UNIVERSITY_OF_APPLIED_SCIENCES"
                + "&region=11&competenceArea=medication-safety&page=0&size=200");
        assertThat(oneLine(page)).contains("method=\"get\"", "action=\"/ecosystems/pohjois-savo\"",
                "<option value=\"CORE\" selected=\"selected\">Ydinkehä</option>",
                "<option value=\"UNIVERSITY_OF_APPLIED_SCIENCES\" selected=\"selected\">Ammattikorkeakoulu</option>",
                "<option value=\"11\" selected=\"selected\">Pohjois-Savo</option>",
                "<option value=\"medication-safety\" selected=\"selected\">Lääkehoidon turvallisuus</option>",
                "id=\"ring-CORE\"", "Savonia-ammattikorkeakoulu", "1 organisaatio");
        assertThat(page).doesNotContain("id=\"ring-MIDDLE\"", "id=\"ring-OUTER\"");
    }

    @Test
    void theFormsEmptyFieldsAreNotFilters() throws Exception {
        membership.json("/api/directory", "[]");

        String page = mvc.perform(get("/ecosystems/pohjois-savo").param("ring", "").param("type", "")
                        .param("region", "").param("competenceArea", ""))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(membership.callsTo("/api/directory").get(0).uri().getRawQuery())
                .isEqualTo("ecosystem=pohjois-savo&page=0&size=200");
        assertThat(page).contains("Ei organisaatioita", "Tällä kehällä ei ole vielä organisaatioita.",
                "id=\"ring-CORE\"", "id=\"ring-MIDDLE\"", "id=\"ring-OUTER\"");
    }

    @Test
    void anUnknownOrMalformedFilterIsShownBesideItsFieldWithoutAskingTheDirectory() throws Exception {
        String page = mvc.perform(get("/ecosystems/pohjois-savo").param("ring", "INNER").param("type", "ngo")
                        .param("region", "11"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(oneLine(page)).contains("id=\"ring-error\"", "id=\"type-error\"", "aria-invalid=\"true\"",
                "Valitse jokin annetuista vaihtoehdoista.", "<option value=\"11\" selected=\"selected\">")
                .doesNotContain("id=\"region-error\"", "id=\"ring-INNER\"");
        assertThat(membership.callsTo("/api/directory")).isEmpty();
    }

    @Test
    void aFilterTheDirectoryRefusesIsShownBesideItsField() throws Exception {
        membership.problem("/api/directory", 400, """
                {"status": 400, "title": "Invalid request", "errors": [{"field": "competenceArea",
                 "message": "unknown competence area"}]}""");

        String page = mvc.perform(get("/ecosystems/pohjois-savo").param("competenceArea", "no-such-area"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"competenceArea-error\"", "Tarkista tämä rajaus.")
                .doesNotContain("id=\"ring-CORE\"");
    }

    @Test
    void aLargeDirectoryIsFetchedPageByPageUpToALimit() throws Exception {
        String fullPage = IntStream.range(0, Ecosystems.PAGE_SIZE).mapToObj(number -> """
                {"id": "org-%1$d", "name": "Hoiva %1$d", "type": "SERVICE_PRODUCER",
                 "ecosystems": [{"ecosystemId": "pohjois-savo", "ring": "OUTER", "roles": []}],
                 "regions": ["11"], "competenceAreasOffered": [], "competenceAreasOfInterest": []}"""
                .formatted(number)).collect(Collectors.joining(",", "[", "]"));
        membership.json("/api/directory", fullPage);

        String page = mvc.perform(get("/ecosystems/pohjois-savo"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<String> pages = membership.callsTo("/api/directory").stream()
                .map(call -> call.uri().getRawQuery().replaceAll(".*page=(\\d+).*", "$1")).toList();
        assertThat(pages).containsExactly("0", "1", "2", "3", "4");
        assertThat(oneLine(page)).contains("1 000 organisaatiota",
                "Näytetään ensimmäiset 1 000 organisaatiota. Rajaa hakua nähdäksesi muut.");
    }

    @Test
    void anUnknownEcosystemIsAFriendlyNotFoundPage() throws Exception {
        String page = mvc.perform(get("/ecosystems/no-such"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Sivua ei löytynyt").doesNotContain("Exception", "at fi.osaava");
        assertThat(membership.callsTo("/api/directory")).isEmpty();
    }

    @Test
    void membershipServiceDownFailsOnlyItsPagesWithAFriendlyPage() throws Exception {
        membership.answer("/api/ecosystems", 503, "text/plain", "unavailable")
                .answer("/api/ecosystems/pohjois-savo", 502, "text/plain", "bad gateway");

        for (String path : List.of("/ecosystems", "/ecosystems/pohjois-savo")) {
            String page = mvc.perform(get(path))
                    .andExpect(status().isServiceUnavailable())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Palvelu ei juuri nyt vastaa", "jäsenpalvelu").doesNotContain("Exception");
        }

        mvc.perform(get("/tray")).andExpect(status().isOk());
    }

    @Test
    void theDirectoryFailingOnMembershipsSideIsTheSameFriendlyPage() throws Exception {
        membership.answer("/api/directory", 500, "text/plain", "boom");

        String page = mvc.perform(get("/ecosystems/pohjois-savo"))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("jäsenpalvelu");
    }

    /** The page with every run of white space (a Finnish thousands separator too) as one space. */
    private static String oneLine(String page) {
        return page.replaceAll("[\\s\\h]+", " ");
    }
}
