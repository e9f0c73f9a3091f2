package fi.osaava.portal.thesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.CataloguePagesTest;
import fi.osaava.portal.FakeService;

/** The thesis-topic bank's pages over a catalogue-service answering on real HTTP. */
class ThesisTopicPagesTest extends CataloguePagesTest {

    @Test
    void aVisitorSearchesTheTopicsInFinnishByDefault() throws Exception {
        String page = page(get("/thesis-topics").param("q", "kotihoidossa").param("region", "11"));

        assertThat(page).contains("<html lang=\"fi\"", "<h1>Opinnäytetyöaiheet</h1>", "1 aihe",
                "href=\"/thesis-topics/thesis-1\"", "Lääkehoidon kirjaaminen kotihoidossa", "Hoitotyö",
                "AMK-tutkinto, Ylempi AMK-tutkinto", "Pohjois-Savo", "value=\"kotihoidossa\"",
                "<option value=\"11\" selected=\"selected\">Pohjois-Savo</option>",
                "— Lääkelaskenta", "role=\"status\"");
        FakeService.Call asked = catalogue.callsTo("/api/thesis-topics").get(0);
        assertThat(decoded(asked)).isEqualTo("q=kotihoidossa&region=11&page=0&size=20");
        assertThat(asked.authorization()).isEmpty();
    }

    @Test
    void theSamePageInSwedishHasSwedishLabelsAroundTheTopicsOwnLanguage() throws Exception {
        String page = page(get("/thesis-topics").param("lang", "sv"));

        assertThat(page).contains("<html lang=\"sv\"", "Ämnen för examensarbeten", "Sök ämnen", "1 ämne",
                "Vårdarbete", "YH-examen, Högre YH-examen", "Norra Savolax", "— Läkemedelsräkning",
                "lang=\"fi\">Lääkehoidon kirjaaminen kotihoidossa</a>");
    }

    @Test
    void everyFilterReachesTheCatalogueAndStaysChosen() throws Exception {
        String page = page(get("/thesis-topics").param("q", "kirjaaminen").param("field", "NURSING")
                .param("degreeLevel", "UAS_MASTER").param("competenceArea", "medication-calculations")
                .param("region", "11").param("order", "newest").param("page", "2"));

        assertThat(decoded(catalogue.callsTo("/api/thesis-topics").get(0))).isEqualTo("q=kirjaaminen&field=NURSING"
                + "&degreeLevel=UAS_MASTER&competenceArea=medication-calculations&region=11&order=newest&page=2&size=20");
        assertThat(page).contains("<option value=\"NURSING\" selected=\"selected\">Hoitotyö</option>",
                "<option value=\"UAS_MASTER\" selected=\"selected\">Ylempi AMK-tutkinto</option>",
                "<option value=\"medication-calculations\" selected=\"selected\">",
                "<option value=\"newest\" selected=\"selected\">Uusimmat ensin</option>");
    }

    @Test
    void theFormsEmptyFieldsAreNotFilters() throws Exception {
        mvc.perform(get("/thesis-topics").param("q", "").param("field", "").param("degreeLevel", "")
                        .param("competenceArea", "").param("region", "").param("order", ""))
                .andExpect(status().isOk());

        assertThat(decoded(catalogue.callsTo("/api/thesis-topics").get(0))).isEqualTo("page=0&size=20");
    }

    @Test
    void aMalformedFilterIsShownBesideItsFieldWithoutAskingTheCatalogue() throws Exception {
        String page = refused(get("/thesis-topics").param("field", "nursing").param("region", "Savo")
                .param("q", "haava"));

        assertThat(page).contains("aria-describedby=\"field-error\"", "id=\"field-error\"",
                "aria-describedby=\"region-error\"", "id=\"region-error\"", "Valitse jokin annetuista vaihtoehdoista.",
                "value=\"haava\"", "Ei aiheita");
        assertThat(catalogue.callsTo("/api/thesis-topics")).isEmpty();
    }

    @Test
    void aFilterTheCatalogueRefusesIsShownBesideItsField() throws Exception {
        assertCatalogueRefusalShownBesideItsField("/thesis-topics", "/api/thesis-topics");
    }

    @Test
    void htmxGetsOnlyTheSearchAreaAndTheAddressOfThisSearch() throws Exception {
        var response = mvc.perform(get("/thesis-topics").param("field", "NURSING").param("q", "")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/thesis-topics?field=NURSING");
        assertThat(response.getContentAsString()).contains("id=\"search-area\"", "Lääkehoidon kirjaaminen kotihoidossa")
                .doesNotContain("<html", "<header", "<h1");
    }

    @Test
    void pagingLinksKeepTheSearch() throws Exception {
        catalogue.json("/api/thesis-topics", """
                {"items": [%s], "total": 45, "page": 1, "size": 20, "truncated": true}"""
                .formatted(CatalogueFixtures.THESIS_TOPIC));

        String page = page(get("/thesis-topics").param("q", "hoito & hoiva").param("page", "1"));

        assertThat(page).contains("45 aihetta", "Sivu 2 / 3", "href=\"/thesis-topics?q=hoito%20%26%20hoiva\" rel=\"prev\"",
                "href=\"/thesis-topics?q=hoito%20%26%20hoiva&amp;page=2\" rel=\"next\"", "Tarkenna hakua");
    }

    @Test
    void aTopicHasItsOwnPageAndAVisitorIsToldWhereItsContactIs() throws Exception {
        String page = page(get("/thesis-topics/thesis-1"));

        assertThat(page).contains("<h1 lang=\"fi\">Lääkehoidon kirjaaminen kotihoidossa</h1>",
                "Avoin: tekijää haetaan", "Hoitotyö", "Ylempi AMK-tutkinto", "Lääkelaskenta", "Pohjois-Savo",
                "Haastattelut ja kehittämisehdotukset.", "2.11.2026",
                "Näkyy jäsenorganisaatioiden kirjautuneille käyttäjille.").doesNotContain("mailto:");
    }

    @Test
    void aSignedInPersonSeesTheContactTheCatalogueGivesThem() throws Exception {
        catalogue.json("/api/thesis-topics/thesis-1", CatalogueFixtures.THESIS_TOPIC.replace("\"contact\": null",
                "\"contact\": {\"name\": \"Kaisa Kotihoito\", \"email\": \"kaisa@kotihoito.example\"}"));

        String page = page(get("/thesis-topics/thesis-1").with(oidcLogin().idToken(token -> token
                .subject("user-1").claim("org", "org-kotihoito").claim("roles", List.of("MEMBER")))));

        assertThat(page).contains("Kaisa Kotihoito", "href=\"mailto:kaisa@kotihoito.example\"")
                .doesNotContain("Näkyy jäsenorganisaatioiden kirjautuneille");
        assertThat(catalogue.callsTo("/api/thesis-topics/thesis-1").get(0).authorization())
                .isEqualTo("Bearer access-token");
    }

    @Test
    void anUnknownTopicIsAFriendlyNotFoundPage() throws Exception {
        String page = mvc.perform(get("/thesis-topics/no-such"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Sivua ei löytynyt").doesNotContain("Exception", "at fi.osaava");
    }

    @Test
    void aCatalogueThatIsDownGivesTheFriendlyPage() throws Exception {
        catalogue.answer("/api/thesis-topics", 503, "text/plain", "starting");

        String page = mvc.perform(get("/thesis-topics"))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Palvelu ei juuri nyt vastaa").doesNotContain("Exception");
    }
}
