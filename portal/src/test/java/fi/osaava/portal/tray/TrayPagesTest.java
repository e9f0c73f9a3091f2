package fi.osaava.portal.tray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

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
import jakarta.servlet.http.Cookie;

/** The tray's pages over a catalogue-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class TrayPagesTest {

    static final FakeService catalogue = CatalogueFixtures.catalogue();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
        properties.add("osaava.portal.call-timeout", () -> "2s");
    }

    @AfterAll
    static void stop() {
        catalogue.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void freshCatalogue() {
        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
    }

    @Test
    void aVisitorSearchesTheTrayInFinnishByDefault() throws Exception {
        String page = mvc.perform(get("/tray").param("q", "kotihoidossa").param("region", "11"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"fi\"", "Lääkelaskennan kertaus", "1 osuma", "Pohjois-Savo (1)",
                "Lääkelaskenta (1)", "Oppilaitoksen koulutus (1)", "href=\"/tray/off-1\"");
        String asked = URLDecoder.decode(catalogue.callsTo("/api/offerings/search").get(0).uri().getRawQuery(),
                StandardCharsets.UTF_8);
        assertThat(asked).contains("q=kotihoidossa", "region=11", "page=0", "size=20");
        assertThat(catalogue.callsTo("/api/offerings/search").get(0).authorization()).isEmpty();
    }

    @Test
    void theLanguageSwitchShowsTheSamePageInSwedishAndRemembersIt() throws Exception {
        var switched = mvc.perform(get("/tray").param("q", "lääke").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("osaava-lang", "sv"))
                .andReturn().getResponse();
        assertThat(switched.getContentAsString()).contains("<html lang=\"sv\"", "Repetition av läkemedelsräkning",
                "Läkemedelsräkning (1)", "Norra Savolax (1)", "1 träff");

        String later = mvc.perform(get("/tray").cookie(new Cookie("osaava-lang", "sv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(later).contains("<html lang=\"sv\"", "Sök utbildningar");
    }

    @Test
    void startDatesAreHelsinkiDaysAndAFreeTextWithReservedCharactersReachesTheCatalogueIntact() throws Exception {
        mvc.perform(get("/tray").param("q", "C++ & {kirjaaminen}").param("startsFrom", "2027-02-01")
                        .param("startsTo", "2027-02-28"))
                .andExpect(status().isOk());

        String asked = URLDecoder.decode(catalogue.callsTo("/api/offerings/search").get(0).uri().getRawQuery(),
                StandardCharsets.UTF_8);
        assertThat(asked).contains("q=C++ & {kirjaaminen}", "startsFrom=2027-01-31T22:00:00Z",
                "startsTo=2027-02-28T22:00:00Z");
    }

    @Test
    void htmxGetsOnlyTheSearchAreaBack() throws Exception {
        var response = mvc.perform(get("/tray").param("category", "PROVIDER_TRAINING").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse();
        String fragment = response.getContentAsString();
        assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/tray?category=PROVIDER_TRAINING");

        assertThat(fragment).contains("id=\"search-area\"", "Lääkelaskennan kertaus").doesNotContain("<html", "<header");
    }

    @Test
    void aMalformedFilterIsShownBesideItsFieldWithoutAskingTheCatalogue() throws Exception {
        String page = mvc.perform(get("/tray").param("region", "Savo").param("q", "haava"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"region-error\"", "value=\"haava\"");
        assertThat(catalogue.callsTo("/api/offerings/search")).isEmpty();
    }

    @Test
    void aFilterTheCatalogueRefusesIsShownBesideItsField() throws Exception {
        catalogue.problem("/api/offerings/search", 400, """
                {"status": 400, "title": "Bad Request", "errors": [{"field": "competenceArea",
                 "message": "unknown competence area"}]}""");

        String page = mvc.perform(get("/tray").param("competenceArea", "no-such-area"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"competenceArea-error\"", "Tarkista tämä hakuehto.");
    }

    @Test
    void anOfferingHasItsOwnPageWithLabelsInThePersonsLanguage() throws Exception {
        String page = mvc.perform(get("/tray/off-1"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Lääkelaskennan kertaus</h1>", "Lääkelaskenta", "Pohjois-Savo", "149,00 €",
                "Verkossa", "1.2.2027 10:00");
    }

    @Test
    void anUnknownOfferingIsAFriendlyNotFoundPage() throws Exception {
        String page = mvc.perform(get("/tray/no-such"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Sivua ei löytynyt").doesNotContain("Exception", "at fi.osaava");
    }

    @Test
    void aCatalogueThatIsDownFailsOnlyItsPagesWithAFriendlyPage() throws Exception {
        catalogue.answer("/api/offerings/search", 502, "text/plain", "bad gateway");

        String page = mvc.perform(get("/tray"))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Palvelu ei juuri nyt vastaa", "tarjotin").doesNotContain("Exception");

        mvc.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/tray")).andReturn().getResponse();

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aPersonsPageSendsAVisitorToSignIn() throws Exception {
        mvc.perform(get("/my/needs"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/sign-in")));
    }

    @Test
    void theFormsEmptyFieldsAreNotFilters() throws Exception {
        mvc.perform(get("/tray").param("q", "lääkehoidon").param("category", "").param("targetGroup", "")
                        .param("competenceArea", "").param("region", "").param("language", "").param("deliveryMode", "")
                        .param("pricing", "").param("startsFrom", "").param("startsTo", ""))
                .andExpect(status().isOk());

        String asked = URLDecoder.decode(catalogue.callsTo("/api/offerings/search").get(0).uri().getRawQuery(),
                StandardCharsets.UTF_8);
        assertThat(asked).isEqualTo("q=lääkehoidon&page=0&size=20");
    }

    @Test
    void aFailedSignInSaysSoOnTheSignInPage() throws Exception {
        String page = mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kirjautuminen ei onnistunut.", "href=\"/oauth2/authorization/osaava\"");
    }

    @Test
    void aDateFilterIsShownBackInTheFormatADateInputTakes() throws Exception {
        String page = mvc.perform(get("/tray").param("startsFrom", "2027-02-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<input id=\"startsFrom\" type=\"date\" name=\"startsFrom\" value=\"2027-02-01\">");
    }
}
