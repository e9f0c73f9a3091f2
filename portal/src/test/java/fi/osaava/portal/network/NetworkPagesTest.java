package fi.osaava.portal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.CataloguePagesTest;
import fi.osaava.portal.FakeService;

/** The networks' pages over a catalogue-service answering on real HTTP. */
class NetworkPagesTest extends CataloguePagesTest {

    @Test
    void aVisitorSearchesTheNetworksInFinnishByDefault() throws Exception {
        String page = page(get("/networks").param("q", "lääkehoito"));

        assertThat(page).contains("<html lang=\"fi\"", "<h1>Asiantuntija- ja esihenkilöverkostot</h1>", "1 verkosto",
                "href=\"/networks/net-1\"", "Lääkehoidon asiantuntijaverkosto", "Asiantuntijaverkosto", "Pohjois-Savo",
                "<label for=\"includeClosed\">Näytä myös suljetut verkostot</label>");
        FakeService.Call asked = catalogue.callsTo("/api/networks").get(0);
        assertThat(decoded(asked)).isEqualTo("q=lääkehoito&page=0&size=20");
        assertThat(asked.authorization()).isEmpty();
    }

    @Test
    void theSamePageInSwedish() throws Exception {
        String page = page(get("/networks").param("lang", "sv"));

        assertThat(page).contains("<html lang=\"sv\"", "Expert- och chefsnätverk", "1 nätverk", "Expertnätverk",
                "Chefsnätverk", "Norra Savolax", "Visa även stängda nätverk");
    }

    @Test
    void everyFilterReachesTheCatalogueAndStaysChosen() throws Exception {
        String page = page(get("/networks").param("q", "haava").param("kind", "SUPERVISOR")
                .param("competenceArea", "medication-safety").param("region", "01")
                .param("includeClosed", "true").param("order", "newest"));

        assertThat(decoded(catalogue.callsTo("/api/networks").get(0))).isEqualTo("q=haava&kind=SUPERVISOR"
                + "&competenceArea=medication-safety&region=01&includeClosed=true&order=newest&page=0&size=20");
        assertThat(page).contains("<option value=\"SUPERVISOR\" selected=\"selected\">Esihenkilöverkosto</option>",
                "<option value=\"01\" selected=\"selected\">Uusimaa</option>", "value=\"true\" checked=\"checked\"");
    }

    @Test
    void closedNetworksAreLeftOutUnlessAskedFor() throws Exception {
        mvc.perform(get("/networks").param("includeClosed", "false").param("kind", "")).andExpect(status().isOk());

        assertThat(decoded(catalogue.callsTo("/api/networks").get(0))).isEqualTo("page=0&size=20");
    }

    @Test
    void aMalformedFilterIsShownBesideItsFieldWithoutAskingTheCatalogue() throws Exception {
        var response = mvc.perform(get("/networks").param("kind", "experts").param("includeClosed", "maybe")
                        .param("page", "x").header("HX-Request", "true"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse();

        assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/networks?kind=experts");
        assertThat(response.getContentAsString()).contains("aria-describedby=\"kind-error\"", "id=\"kind-error\"",
                "aria-describedby=\"includeClosed-error\"", "id=\"includeClosed-error\"", "Ei verkostoja");
        assertThat(catalogue.callsTo("/api/networks")).isEmpty();
    }

    @Test
    void aFilterTheCatalogueRefusesIsShownBesideItsField() throws Exception {
        assertCatalogueRefusalShownBesideItsField("/networks", "/api/networks");
    }

    @Test
    void htmxGetsOnlyTheSearchAreaAndTheAddressOfThisSearch() throws Exception {
        var response = mvc.perform(get("/networks").param("kind", "EXPERT").param("includeClosed", "true")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getHeader("HX-Push-Url")).isEqualTo("/networks?kind=EXPERT&includeClosed=true");
        assertThat(response.getContentAsString()).contains("id=\"search-area\"", "Lääkehoidon asiantuntijaverkosto")
                .doesNotContain("<html", "<header", "<h1");
    }

    @Test
    void aNetworkHasItsOwnPageWithHowToJoin() throws Exception {
        String page = page(get("/networks/net-1").param("lang", "en"));

        assertThat(page).contains("<html lang=\"en\"", "<h1 lang=\"fi\">Lääkehoidon asiantuntijaverkosto</h1>",
                "Expert network", "Medication safety", "How to join",
                "Kirjoita verkoston yhteyshenkilölle ja kerro työstäsi.",
                "Shown to signed-in users of member organisations.");
    }

    @Test
    void aClosedNetworkSaysSoInsteadOfHowToJoin() throws Exception {
        catalogue.json("/api/networks/net-1", CatalogueFixtures.NETWORK.replace("\"active\": true", "\"active\": false"));

        String page = page(get("/networks/net-1"));

        assertThat(page).contains("Verkosto on suljettu eikä ota uusia jäseniä.").doesNotContain("Näin liityt");
    }

    @Test
    void anUnknownNetworkIsAFriendlyNotFoundPage() throws Exception {
        String page = mvc.perform(get("/networks/no-such"))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Sivua ei löytynyt").doesNotContain("Exception", "at fi.osaava");
    }

    @Test
    void theHeaderAndTheFrontPageLeadToTheTopicsAndTheNetworks() throws Exception {
        String page = page(get("/"));

        assertThat(page).contains("href=\"/thesis-topics\">Opinnäytetyöaiheet</a>", "href=\"/networks\">Verkostot</a>",
                "href=\"/thesis-topics\">Löydä opinnäytetyön aihe</a>", "href=\"/networks\">Löydä asiantuntijaverkosto</a>");
    }
}
