package fi.osaava.portal.tray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.CataloguePagesTest;
import fi.osaava.portal.FakeService;
import jakarta.servlet.http.Cookie;

/** The tray's pages over a catalogue-service answering on real HTTP. */
class TrayPagesTest extends CataloguePagesTest {

    @Test
    void aVisitorSearchesTheTrayInFinnishByDefault() throws Exception {
        String page = mvc.perform(get("/tray").param("q", "kotihoidossa").param("region", "11"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<html lang=\"fi\"", "Lääkelaskennan kertaus", "1 osuma", "Pohjois-Savo (1)",
                "Lääkelaskenta (1)", "Oppilaitoksen koulutus (1)", "href=\"/tray/off-1\"");
        String asked = decoded(catalogue.callsTo("/api/offerings/search").get(0));
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

        String asked = decoded(catalogue.callsTo("/api/offerings/search").get(0));
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
        String page = refused(get("/tray").param("region", "Savo").param("q", "haava"));

        assertThat(page).contains("id=\"region-error\"", "value=\"haava\"");
        assertThat(catalogue.callsTo("/api/offerings/search")).isEmpty();
    }

    @Test
    void aFilterTheCatalogueRefusesIsShownBesideItsField() throws Exception {
        assertCatalogueRefusalShownBesideItsField("/tray", "/api/offerings/search");
    }

    @Test
    void anOfferingHasItsOwnPageWithLabelsInThePersonsLanguage() throws Exception {
        String page = page(get("/tray/off-1"));

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
                        .param("pricing", "").param("startsFrom", "").param("startsTo", "")
                        .param("priceMin", "").param("priceMax", " "))
                .andExpect(status().isOk());

        String asked = decoded(catalogue.callsTo("/api/offerings/search").get(0));
        assertThat(asked).isEqualTo("q=lääkehoidon&page=0&size=20");
    }

    @Test
    void aFailedSignInSaysSoOnTheSignInPage() throws Exception {
        String page = page(get("/sign-in").param("error", ""));

        assertThat(page).contains("Kirjautuminen ei onnistunut.", "href=\"/oauth2/authorization/osaava\"");
    }

    @Test
    void aDateFilterIsShownBackInTheFormatADateInputTakes() throws Exception {
        String page = page(get("/tray").param("startsFrom", "2027-02-01"));

        assertThat(page).contains("<input id=\"startsFrom\" type=\"date\" name=\"startsFrom\" value=\"2027-02-01\">");
    }

    private static final String AREA_COUNTS = CatalogueFixtures.SEARCH.replace(
            "\"competenceArea\": {\"medication-calculations\": 1}",
            "\"competenceArea\": {\"medication-safety\": 3, \"medication-calculations\": 2}");

    private String asked() {
        return decoded(catalogue.callsTo("/api/offerings/search").get(0));
    }

    @Test
    void theCompetenceAreasAreATreeOfChoicesEachWithItsCount() throws Exception {
        catalogue.json("/api/offerings/search", AREA_COUNTS);

        String page = mvc.perform(get("/tray")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("<legend>Osaamisalue</legend>", "<ul class=\"tree\">");
        assertThat(page).as("the narrower area in a list inside its broader area's item").containsPattern(
                "(?s)<li>\\s*<span class=\"choice\">\\s*<input type=\"radio\" name=\"competenceArea\""
                        + " id=\"competenceArea-medication-safety\" value=\"medication-safety\">\\s*"
                        + "<label for=\"competenceArea-medication-safety\">Lääkehoidon turvallisuus \\(3\\)</label>"
                        + "\\s*</span>\\s*<ul>\\s*<li>\\s*<span class=\"choice\">\\s*<input type=\"radio\""
                        + " name=\"competenceArea\" id=\"competenceArea-medication-calculations\"[^>]*>\\s*"
                        + "<label[^>]*>Lääkelaskenta \\(2\\)</label>\\s*</span>\\s*</li>\\s*</ul>\\s*</li>");
        assertThat(page).as("nothing chosen: all").containsPattern(
                "id=\"competenceArea-all\" name=\"competenceArea\" value=\"\" checked=\"checked\"");
    }

    @Test
    void choosingABroaderAreaAsksTheCatalogueForItAndMarksItChosen() throws Exception {
        catalogue.json("/api/offerings/search", AREA_COUNTS);

        String page = page(get("/tray").param("competenceArea", "medication-safety"));

        assertThat(asked()).as("the catalogue finds the narrower areas itself")
                .isEqualTo("competenceArea=medication-safety&page=0&size=20");
        assertThat(page).contains("id=\"competenceArea-medication-safety\" value=\"medication-safety\" checked=\"checked\"")
                .doesNotContain("value=\"\" checked=\"checked\"");
    }

    @Test
    void aChosenAreaWithoutMatchesStaysListedUnderItsBroaderAreaSoItCanBeTakenBack() throws Exception {
        catalogue.json("/api/offerings/search", CatalogueFixtures.SEARCH.replace(
                "\"competenceArea\": {\"medication-calculations\": 1}", "\"competenceArea\": {}"));

        String page = page(get("/tray").param("competenceArea", "medication-calculations"));

        assertThat(page).containsPattern("(?s)Lääkehoidon turvallisuus \\(0\\)</label>\\s*</span>\\s*<ul>.*"
                + "value=\"medication-calculations\" checked=\"checked\">\\s*<label[^>]*>Lääkelaskenta \\(0\\)");
    }

    @Test
    void aPriceRangeTypedWithADecimalCommaReachesTheCatalogueInEurosAndStaysInTheForm() throws Exception {
        String page = page(get("/tray").param("priceMin", "10").param("priceMax", "49,90"));

        assertThat(asked()).isEqualTo("priceMin=10&priceMax=49.90&page=0&size=20");
        assertThat(page).contains("<label for=\"priceMin\">Vähintään</label>", "<label for=\"priceMax\">Enintään</label>",
                "name=\"priceMin\" value=\"10\"", "name=\"priceMax\" value=\"49,90\"");
    }

    @Test
    void aLowestPriceAboveTheHighestIsShownBesideTheHighestWithoutAskingTheCatalogue() throws Exception {
        String page = refused(get("/tray").param("priceMin", "100").param("priceMax", "50").param("q", "haava")
                .param("lang", "en"));

        assertThat(page).contains("aria-describedby=\"priceMax-error price-hint\" aria-invalid=\"true\"",
                "<p id=\"priceMax-error\" class=\"error\">The highest price cannot be below the lowest price.</p>",
                "value=\"100\"", "value=\"50\"", "value=\"haava\"").doesNotContain("id=\"priceMin-error\"");
        assertThat(catalogue.callsTo("/api/offerings/search")).isEmpty();
    }

    @Test
    void aPriceThatIsNotEurosOrADayThatDoesNotExistIsShownBesideItsField() throws Exception {
        String page = refused(get("/tray").param("priceMin", "-5").param("startsFrom", "2027-02-31"));

        assertThat(page).contains("<p id=\"priceMin-error\" class=\"error\">Anna hinta euroina, esimerkiksi 50 tai 49,90.</p>",
                "<p id=\"startsFrom-error\" class=\"error\">Anna päivämäärä muodossa vvvv-kk-pp", "value=\"-5\"");
        assertThat(catalogue.callsTo("/api/offerings/search")).isEmpty();
    }

    @Test
    void aPriceTheCatalogueRefusesIsShownBesideItsField() throws Exception {
        catalogue.problem("/api/offerings/search", 400, """
                {"status": 400, "title": "Bad Request", "errors": [{"field": "search.priceMin",
                 "message": "must be greater than or equal to 0"}]}""");

        String page = refused(get("/tray").param("priceMin", "5"));

        assertThat(page).contains("<p id=\"priceMin-error\" class=\"error\">Tarkista tämä hakuehto.</p>")
                .doesNotContain("id=\"q-error\"");
    }

    @Test
    void everyFilterIsInTheSharedAddressAndTheAddressGivesTheSameSearchBack() throws Exception {
        var first = mvc.perform(get("/tray").header("HX-Request", "true").param("q", "lääke & hoito")
                        .param("competenceArea", "medication-safety").param("region", "11").param("pricing", "PAID")
                        .param("startsFrom", "2027-02-01").param("startsTo", "2027-03-01").param("priceMin", "0")
                        .param("priceMax", "150,50").param("category", "").param("page", "2"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String shared = first.getHeader("HX-Push-Url");
        String askedFirst = asked();

        assertThat(shared).isEqualTo("/tray?q=l%C3%A4%C3%A4ke%20%26%20hoito&competenceArea=medication-safety&region=11"
                + "&pricing=PAID&startsFrom=2027-02-01&startsTo=2027-03-01&priceMin=0&priceMax=150%2C50&page=2");
        catalogue.reset();
        CatalogueFixtures.serve(catalogue);
        mvc.perform(get(java.net.URI.create(shared))).andExpect(status().isOk());
        assertThat(asked()).isEqualTo(askedFirst).contains("priceMax=150.50", "startsFrom=2027-01-31T22:00:00Z",
                "page=2");
    }

    @Test
    void theFiltersAreAPlainColumnOnANarrowScreenWithNothingOfAFixedWidth() throws Exception {
        catalogue.json("/api/offerings/search", AREA_COUNTS);
        String page = mvc.perform(get("/tray")).andReturn().getResponse().getContentAsString();
        String css = new String(getClass().getResourceAsStream("/static/css/portal.css").readAllBytes(),
                StandardCharsets.UTF_8);

        assertThat(page).doesNotContain("style=", "<table").doesNotContainPattern("\\s(width|size|cols)=\"");
        assertThat(page).contains("<meta name=\"viewport\" content=\"width=device-width");
        java.util.regex.Matcher rules = java.util.regex.Pattern.compile("(\\.tree[^{]*)\\{([^}]*)}").matcher(css);
        int found = 0;
        while (rules.find()) {
            found++;
            assertThat(rules.group(2)).as(rules.group(1)).doesNotContainPattern("(^|[;\\s])(min-)?width\\s*:")
                    .doesNotContain("nowrap");
        }
        assertThat(found).as("the tree's own rules").isPositive();
        assertThat(css).contains(".filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));");
    }
}
