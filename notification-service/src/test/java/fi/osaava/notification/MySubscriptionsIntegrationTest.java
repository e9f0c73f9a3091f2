package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import fi.osaava.kit.testing.TestTokens;

/**
 * A signed-in person's own alerts ({@code /api/my/subscriptions}) over real HTTP and tokens: only the subscriptions
 * of their organisation that come to their own address, changed under the API's rules, stopped and taken again;
 * nobody else's.
 */
class MySubscriptionsIntegrationTest extends NotificationIntegrationTest {

    /** An organisation with e-mail subscriptions for two of its people, Maija and Matti. */
    record World(String organisationId, String maija, String matti, String maijasSubscription,
                 String mattisSubscription) {
    }

    World world() {
        String domain = "hoiva-" + UUID.randomUUID().toString().substring(0, 8) + ".demo.osaava.fi";
        String organisationId = "org-" + domain;
        String maija = "maija@" + domain;
        String matti = "matti@" + domain;
        return new World(organisationId, maija, matti, subscribe(organisationId, maija), subscribe(organisationId, matti));
    }

    @SuppressWarnings("unchecked")
    String subscribe(String organisationId, String address) {
        ResponseEntity<Map<String, Object>> created = (ResponseEntity<Map<String, Object>>) (ResponseEntity<?>) api()
                .post().uri("/api/subscriptions")
                .header("Authorization", "Bearer " + TestTokens.forOrganisation(organisationId, "MEMBER"))
                .contentType(MediaType.APPLICATION_JSON).body("""
                        {"name":"Tarpeet","topics":["NEED_PUBLISHED"],"competenceAreas":["medication-safety"],
                         "regions":["11"],"targetGroups":["STAFF"],"channel":"EMAIL","address":"%s",
                         "cadence":"IMMEDIATE","language":"fi"}""".formatted(address))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    static String person(World world, String email) {
        return TestTokens.forPerson(world.organisationId(), "user-" + email.substring(0, email.indexOf('@')), email,
                "MEMBER");
    }

    @SuppressWarnings("unchecked")
    ResponseEntity<List<Map<String, Object>>> mine(String token) {
        return (ResponseEntity<List<Map<String, Object>>>) (ResponseEntity<?>) api().get().uri("/api/my/subscriptions")
                .header("Authorization", "Bearer " + token).retrieve().toEntity(List.class);
    }

    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> choose(String token, String id, String json) {
        return (ResponseEntity<Map<String, Object>>) (ResponseEntity<?>) api().put()
                .uri("/api/my/subscriptions/{id}", id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, Object>> post(String token, String id, String action) {
        return (ResponseEntity<Map<String, Object>>) (ResponseEntity<?>) api().post()
                .uri("/api/my/subscriptions/{id}/{action}", id, action).header("Authorization", "Bearer " + token)
                .retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> asTheOrganisationSeesIt(World world, String id) {
        return api().get().uri("/api/subscriptions/{id}", id)
                .header("Authorization", "Bearer " + TestTokens.forOrganisation(world.organisationId(), "MEMBER"))
                .retrieve().body(Map.class);
    }

    @Test
    void aPersonSeesOnlyTheSubscriptionsThatComeToTheirOwnAddress() {
        World world = world();

        ResponseEntity<List<Map<String, Object>>> maijas = mine(person(world, world.maija()));

        assertThat(maijas.getStatusCode().value()).isEqualTo(200);
        assertThat(maijas.getBody()).extracting(s -> s.get("id")).containsExactly(world.maijasSubscription());
        Map<String, Object> hers = maijas.getBody().get(0);
        assertThat(hers).containsEntry("address", world.maija()).containsEntry("cadence", "IMMEDIATE")
                .containsEntry("language", "fi").containsEntry("active", true).containsEntry("unsubscribed", false)
                .containsEntry("competenceAreas", List.of("medication-safety")).containsEntry("regions", List.of("11"));
        assertThat((List<String>) hers.get("availableTopics")).contains("NEED_PUBLISHED", "OFFERING_PUBLISHED");
    }

    @Test
    void aPersonChangesTopicsAreasRegionsCadenceAndLanguageOfTheirOwnSubscription() {
        World world = world();

        ResponseEntity<Map<String, Object>> changed = choose(person(world, world.maija()), world.maijasSubscription(), """
                {"topics":["NEED_PUBLISHED","OFFERING_PUBLISHED"],"competenceAreas":["documentation"],
                 "regions":["06","11"],"cadence":"WEEKLY","language":"sv"}""");

        assertThat(changed.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> stored = asTheOrganisationSeesIt(world, world.maijasSubscription());
        assertThat((List<String>) stored.get("topics")).containsExactlyInAnyOrder("NEED_PUBLISHED", "OFFERING_PUBLISHED");
        assertThat(stored.get("competenceAreas")).isEqualTo(List.of("documentation"));
        assertThat((List<String>) stored.get("regions")).containsExactlyInAnyOrder("06", "11");
        assertThat(stored).containsEntry("cadence", "WEEKLY").containsEntry("language", "sv")
                .containsEntry("personalised", true)
                // what the person does not choose here stays as the organisation made it
                .containsEntry("name", "Tarpeet").containsEntry("targetGroups", List.of("STAFF"))
                .containsEntry("address", world.maija());
    }

    @Test
    void aChoiceAgainstTheApisRulesIsRefusedFieldByFieldAndChangesNothing() {
        World world = world();

        ResponseEntity<Map<String, Object>> refused = choose(person(world, world.maija()), world.maijasSubscription(), """
                {"topics":["NEED_PUBLISHED"],"competenceAreas":["no-such-area"],"regions":["99"],
                 "cadence":"DAILY","language":"de"}""");

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("competenceAreas", "regions", "language");
        assertThat(asTheOrganisationSeesIt(world, world.maijasSubscription())).containsEntry("cadence", "IMMEDIATE")
                .containsEntry("language", "fi").containsEntry("competenceAreas", List.of("medication-safety"));

        ResponseEntity<Map<String, Object>> noTopics = choose(person(world, world.maija()), world.maijasSubscription(),
                """
                {"topics":[],"cadence":"DAILY","language":"fi"}""");
        assertThat(noTopics.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) noTopics.getBody().get("errors")).extracting(e -> e.get("field"))
                .contains("topics");
    }

    @Test
    void aPersonStopsTheirSubscriptionAndTakesItAgain() {
        World world = world();
        String maija = person(world, world.maija());

        ResponseEntity<Map<String, Object>> stopped = post(maija, world.maijasSubscription(), "unsubscribe");
        ResponseEntity<Map<String, Object>> again = post(maija, world.maijasSubscription(), "unsubscribe");

        assertThat(stopped.getBody()).containsEntry("active", false).containsEntry("unsubscribed", true);
        assertThat(again.getStatusCode().value()).as("idempotent").isEqualTo(200);
        assertThat(Instant.parse((String) again.getBody().get("unsubscribedAt")))
                .isEqualTo(Instant.parse((String) stopped.getBody().get("unsubscribedAt")).truncatedTo(ChronoUnit.MILLIS));
        assertThat(asTheOrganisationSeesIt(world, world.maijasSubscription())).containsEntry("active", false);

        ResponseEntity<Map<String, Object>> resumed = post(maija, world.maijasSubscription(), "resubscribe");

        assertThat(resumed.getBody()).containsEntry("active", true).containsEntry("unsubscribed", false);
        assertThat(asTheOrganisationSeesIt(world, world.maijasSubscription())).containsEntry("active", true);
    }

    @Test
    void onePersonCannotReadOrChangeAnothersSubscription() {
        World world = world();
        String maija = person(world, world.maija());

        assertThat(mine(maija).getBody()).extracting(s -> s.get("id")).doesNotContain(world.mattisSubscription());
        assertThat(choose(maija, world.mattisSubscription(), """
                {"topics":["NEED_PUBLISHED"],"cadence":"WEEKLY","language":"en"}""").getStatusCode().value())
                .isEqualTo(404);
        assertThat(post(maija, world.mattisSubscription(), "unsubscribe").getStatusCode().value()).isEqualTo(404);

        // Maija's address in another organisation's token reaches nothing of this one
        String elsewhere = TestTokens.forPerson("org-other-" + UUID.randomUUID(), "user-maija", world.maija(), "MEMBER");
        assertThat(mine(elsewhere).getBody()).isEmpty();
        assertThat(post(elsewhere, world.maijasSubscription(), "unsubscribe").getStatusCode().value()).isEqualTo(404);

        assertThat(asTheOrganisationSeesIt(world, world.mattisSubscription())).containsEntry("cadence", "IMMEDIATE")
                .containsEntry("language", "fi").containsEntry("active", true);
        assertThat(asTheOrganisationSeesIt(world, world.maijasSubscription())).containsEntry("active", true);
    }

    @Test
    void aTokenNamingNoPersonHasNoSubscriptionsOfItsOwn() {
        World world = world();

        ResponseEntity<String> machine = api().get().uri("/api/my/subscriptions")
                .header("Authorization", "Bearer " + TestTokens.forOrganisation(world.organisationId(), "MEMBER"))
                .retrieve().toEntity(String.class);
        ResponseEntity<String> nobody = api().get().uri("/api/my/subscriptions").retrieve().toEntity(String.class);

        assertThat(machine.getStatusCode().value()).isEqualTo(403);
        assertThat(nobody.getStatusCode().value()).isEqualTo(401);
    }
}
