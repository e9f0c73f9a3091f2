package fi.osaava.catalogue.offering;

import static fi.osaava.catalogue.offering.OfferingRequestBuilder.anOfferingRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;

/**
 * The tray's search over real HTTP on the wire-protocol store. Each test uses a provider of its own and
 * filters by it, so offerings of other tests in the same store do not change its counts.
 */
@ServiceIntegrationTest
@SuppressWarnings({"unchecked", "rawtypes"})
class OfferingSearchIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void filtersFacetsOrderAndPagesOfOneProvidersTray() {
        String provider = "org-" + UUID.randomUUID();
        String change = publish(provider, anOfferingRequest("Muutosjohtamisen valmennus", "Esihenkilöille")
                .inCategory("CHANGE_SUPPORT").forGroup("SUPERVISORS").delivered("HYBRID").priced("FUNDED")
                .startingAt("2027-02-01T07:00:00Z").taughtIn("fi", "sv").json());
        String webinar = publish(provider, anOfferingRequest("Hygieniawebinaari", "Käsihygienia")
                .inCategory("FREE_TRAINING_WEBINAR_TOOL").onArea("hand-hygiene").inRegion("06")
                .startingAt("2027-03-01T07:00:00Z").json());
        String course = publish(provider, anOfferingRequest("Lääkelaskennan kurssi", "Laskut")
                .onArea("medication-calculations").delivered("ON_SITE").priced("PAID")
                .startingAt("2027-01-15T07:00:00Z").json());
        post(provider, "/api/offerings",
                anOfferingRequest("Luonnos", "Ei julkaistu").startingAt("2027-01-01T07:00:00Z").json());

        Map<String, Object> all = search("provider=" + provider);
        assertThat(ids(all)).as("published only, earliest start first").containsExactly(course, change, webinar);
        assertThat(all.get("total")).isEqualTo(3);
        Map<String, Map<String, Integer>> facets = (Map<String, Map<String, Integer>>) all.get("facets");
        assertThat(facets.get("category")).containsOnly(Map.entry("CHANGE_SUPPORT", 1),
                Map.entry("FREE_TRAINING_WEBINAR_TOOL", 1), Map.entry("PROVIDER_TRAINING", 1));
        assertThat(facets.get("region")).containsOnly(Map.entry("11", 2), Map.entry("06", 1));
        assertThat(facets.get("pricing")).containsOnly(Map.entry("FREE", 1), Map.entry("PAID", 1), Map.entry("FUNDED", 1));
        assertThat(facets.get("language")).containsOnly(Map.entry("fi", 3), Map.entry("sv", 1));
        assertThat(facets.get("targetGroup")).containsOnly(Map.entry("STAFF", 2), Map.entry("SUPERVISORS", 1));
        assertThat(facets.get("deliveryMode")).containsOnly(Map.entry("HYBRID", 1), Map.entry("ONLINE", 1),
                Map.entry("ON_SITE", 1));
        assertThat(facets.get("competenceArea")).as("a broader area counts what choosing it finds")
                .containsOnly(Map.entry("medication-safety", 2), Map.entry("medication-calculations", 1),
                        Map.entry("infection-prevention", 1), Map.entry("hand-hygiene", 1));

        assertThat(ids(search("provider=" + provider + "&competenceArea=medication-safety")))
                .as("a broader area finds its narrower ones").containsExactly(course, change);
        assertThat(ids(search("provider=" + provider + "&pricing=FUNDED"))).containsExactly(change);
        assertThat(ids(search("provider=" + provider + "&startsFrom=2027-02-01T00:00:00Z"))).containsExactly(change, webinar);
        assertThat(ids(search("provider=" + provider + "&startsFrom=2027-01-01T00:00:00Z&startsTo=2027-02-15T00:00:00Z")))
                .containsExactly(course, change);
        assertThat(ids(search("provider=" + provider + "&deliveryMode=ONLINE&region=06&targetGroup=STAFF")))
                .containsExactly(webinar);
        assertThat(ids(search("provider=" + provider + "&language=sv&category=CHANGE_SUPPORT"))).containsExactly(change);
        Map<String, Object> secondPage = search("provider=" + provider + "&size=2&page=1");
        assertThat(ids(secondPage)).containsExactly(webinar);
        assertThat(secondPage.get("total")).isEqualTo(3);
    }

    @Test
    void freeTextFindsInflectedFinnishAndCountsFacetsOverTheMatchesOnly() {
        String provider = "org-" + UUID.randomUUID();
        String medication = publish(provider,
                anOfferingRequest("Lääkehoito kotihoidossa", "Turvallinen lääkehoitosuunnitelma")
                        .startingAt("2027-03-01T07:00:00Z").json());
        String ethics = publish(provider, anOfferingRequest("Etiikan työpaja", "Itsemääräämisoikeus kotihoidossa")
                .inCategory("PROJECT_EVENT").onArea("self-determination").startingAt("2027-02-01T07:00:00Z").json());

        Map<String, Object> found = search("provider=" + provider + "&q=lääkehoidon");
        assertThat(ids(found)).containsExactly(medication);
        assertThat(((Map<String, Map<String, Integer>>) found.get("facets")).get("category"))
                .containsOnly(Map.entry("PROVIDER_TRAINING", 1));
        assertThat(((Map<String, Map<String, Integer>>) search("provider=" + provider + "&q=kotihoidon")
                .get("facets")).get("competenceArea")).containsOnly(Map.entry("medication-safety", 1),
                Map.entry("ethics-legislation", 1), Map.entry("self-determination", 1));

        assertThat(ids(search("provider=" + provider + "&q=kotihoidon"))).as("title match ranks first")
                .containsExactly(medication, ethics);
        assertThat(ids(search("provider=" + provider + "&q=kotihoidon&order=start"))).containsExactly(ethics, medication);
        assertThat(ids(search("provider=" + provider + "&q=suunnitelmaa"))).containsExactly(medication);
        assertThat(ids(search("provider=" + provider + "&q=ensihoito"))).isEmpty();
    }

    @Test
    void aPriceRangeBoundsWhatAParticipantPaysAndFreeOrFundedCostNothing() {
        String provider = "org-" + UUID.randomUUID();
        String free = publish(provider, anOfferingRequest("Hygieniawebinaari", "Käsihygienia")
                .inCategory("FREE_TRAINING_WEBINAR_TOOL").onArea("hand-hygiene").startingAt("2027-01-01T07:00:00Z")
                .json());
        String funded = publish(provider, anOfferingRequest("Muutosvalmennus", "Esihenkilöille")
                .inCategory("CHANGE_SUPPORT").forGroup("SUPERVISORS").delivered("HYBRID").priced("FUNDED")
                .startingAt("2027-02-01T07:00:00Z").json());
        String cheap = publish(provider, anOfferingRequest("Lääkelaskennan kertaus", "Laskut")
                .onArea("medication-calculations").costing("49.90").startingAt("2027-03-01T07:00:00Z").json());
        String dear = publish(provider, anOfferingRequest("Lääkehoidon erikoistuminen", "Laaja").delivered("ON_SITE")
                .priced("PAID").startingAt("2027-04-01T07:00:00Z").json());

        String mine = "provider=" + provider;
        assertThat(ids(search(mine + "&priceMax=50"))).as("free and funded cost 0").containsExactly(free, funded, cheap);
        assertThat(ids(search(mine + "&priceMax=49.90"))).as("bounds are inclusive").containsExactly(free, funded, cheap);
        assertThat(ids(search(mine + "&priceMin=49.91"))).containsExactly(dear);
        assertThat(ids(search(mine + "&priceMin=40&priceMax=120"))).containsExactly(cheap, dear);
        assertThat(ids(search(mine + "&priceMin=0&priceMax=0"))).containsExactly(free, funded);
        assertThat(ids(search(mine + "&priceMin=0"))).containsExactly(free, funded, cheap, dear);
        Map<String, Map<String, Integer>> facets = (Map<String, Map<String, Integer>>) search(mine + "&priceMin=1")
                .get("facets");
        assertThat(facets.get("pricing")).as("facets count within the range").containsOnly(Map.entry("PAID", 2));
        assertThat(ids(search(mine + "&q=lääkelaskennan&priceMax=100"))).containsExactly(cheap);
    }

    @Test
    void aPriceRangeUpsideDownOrBelowZeroIsAProblemNamingTheField() {
        assertThat(problemFields("priceMin=100&priceMax=50")).containsExactly("priceMax");
        assertThat(problemFields("priceMin=-1")).containsExactly("priceMin");
        assertThat(problemFields("priceMax=-0.01")).containsExactly("priceMax");
        assertThat(anonymous().get().uri("/api/offerings/search?priceMax=cheap").retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    /** The fields a 400 names, without the path prefix that method validation gives a parameter ("search."). */
    private List<String> problemFields(String query) {
        ResponseEntity<Map> response = anonymous().get().uri("/api/offerings/search?" + query).retrieve()
                .toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
        return ((List<Map<String, Object>>) response.getBody().get("errors")).stream().map(e -> (String) e.get("field"))
                .map(field -> field.substring(field.lastIndexOf('.') + 1)).toList();
    }

    @Test
    void badSearchParametersAreProblemsNot500s() {
        assertThat(anonymous().get().uri("/api/offerings/search?competenceArea=astrology").retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(anonymous().get().uri("/api/offerings/search?order=random").retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(anonymous().get().uri("/api/offerings/search?pricing=CHEAP").retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(anonymous().get().uri("/api/offerings/search?startsFrom=yesterday").retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(400);
    }

    private Map<String, Object> search(String query) {
        ResponseEntity<Map> response = anonymous().get().uri("/api/offerings/search?" + query).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as(query).isEqualTo(200);
        return response.getBody();
    }

    private static List<Object> ids(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> item.get("id")).toList();
    }

    private String publish(String provider, String body) {
        ResponseEntity<Map> created = post(provider, "/api/offerings?publish=true", body);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    private ResponseEntity<Map> post(String provider, String uri, String body) {
        return TestHttp.to(port).defaultHeader("Authorization", "Bearer " + TestTokens.forOrganisation(provider, "MEMBER"))
                .build().post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    private RestClient anonymous() {
        return TestHttp.to(port).build();
    }
}
