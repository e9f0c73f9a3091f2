package fi.osaava.membership.identity.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.membership.identity.Client;
import fi.osaava.membership.identity.ClientManagement;
import fi.osaava.membership.identity.Role;

@ServiceIntegrationTest
@TestPropertySource(properties = {
        "osaava.identity.issuer=" + ClientCredentialsIntegrationTest.ISSUER,
        "osaava.identity.coordinator.client-secret=" + ClientCredentialsIntegrationTest.COORDINATOR_SECRET})
class ClientCredentialsIntegrationTest {

    static final String ISSUER = "http://issuer.test.osaava";
    static final String COORDINATOR_SECRET = "coordinator-secret-from-the-test";

    @LocalServerPort
    int port;

    @Autowired
    SigningKeys signingKeys;

    @Autowired
    ClientManagement clients;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Clock clock;

    @Test
    void aSystemClientGetsASignedTokenForItsOrganisation() throws Exception {
        String organisationId = registerOrganisation("0000001-9");
        Map<String, Object> issued = createClient(organisationId);
        assertThat(issued).containsEntry("organisationId", organisationId)
                .containsEntry("roles", List.of("SYSTEM", "MEMBER"));
        String clientId = (String) issued.get("clientId");

        ResponseEntity<Map> response = requestToken(clientId, (String) issued.get("clientSecret"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("token_type", "Bearer");
        SignedJWT jwt = SignedJWT.parse((String) response.getBody().get("access_token"));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getAudience()).containsExactly("osaava");
        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getStringClaim("client_id")).isEqualTo(clientId);
        assertThat(claims.getStringClaim("org")).isEqualTo(organisationId);
        assertThat(claims.getStringListClaim("roles")).containsExactly("SYSTEM", "MEMBER");
        assertThat(claims.getExpirationTime().toInstant())
                .isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(15)));
    }

    @Test
    void theServerRemembersTheTokenItIssuedForIntrospection() {
        Map<String, Object> issued = createClient(registerOrganisation("0000005-1"));
        String clientId = (String) issued.get("clientId");
        String secret = (String) issued.get("clientSecret");
        String token = (String) requestToken(clientId, secret).getBody().get("access_token");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        Map<?, ?> introspection = http().post().uri("/oauth2/introspect")
                .headers(headers -> headers.setBasicAuth(clientId, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);

        assertThat(introspection.get("active")).isEqualTo(true);
        assertThat(introspection.get("client_id")).isEqualTo(clientId);
    }

    @Test
    void aWrongSecretGetsNoToken() {
        Map<String, Object> issued = createClient(registerOrganisation("0000002-7"));

        ResponseEntity<Map> response = requestToken((String) issued.get("clientId"), "not-the-secret");

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getBody()).containsEntry("error", "invalid_client");
    }

    @Test
    void theCoordinatorClientFromConfigurationGetsACoordinatorToken() throws Exception {
        ResponseEntity<Map> response = requestToken("coordinator", COORDINATOR_SECRET);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JWTClaimsSet claims = SignedJWT.parse((String) response.getBody().get("access_token")).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("COORDINATOR");
        assertThat(claims.getStringClaim("org")).isEqualTo("coordinator");
        assertThat(claims.getSubject()).isEqualTo("coordinator");
    }

    @Test
    void aClientMayAlsoSendItsCredentialsInTheForm() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", "coordinator");
        form.add("client_secret", COORDINATOR_SECRET);

        ResponseEntity<Map> response = http().post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsKey("access_token");
    }

    @Test
    void aChangedSecretReplacesTheOldOne() {
        clients.ensure("rotating", "first-secret", "coordinator", List.of(Role.COORDINATOR));
        clients.ensure("rotating", "second-secret", "coordinator", List.of(Role.COORDINATOR));

        assertThat(requestToken("rotating", "first-secret").getStatusCode().value()).isEqualTo(401);
        assertThat(requestToken("rotating", "second-secret").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aRevokedClientGetsNoTokenAndItsTokenNoLongerPassesIntrospection() {
        String organisationId = registerOrganisation("0000003-5");
        Map<String, Object> issued = createClient(organisationId);
        String clientId = (String) issued.get("clientId");
        String secret = (String) issued.get("clientSecret");
        String earlierToken = (String) requestToken(clientId, secret).getBody().get("access_token");
        assertThat(introspectAsCoordinator(earlierToken)).containsEntry("active", true);

        ResponseEntity<Map> wrongOrganisation = admin().post()
                .uri("/api/organisations/{id}/clients/{client}/revoke", registerOrganisation("0000012-3"), clientId)
                .retrieve().toEntity(Map.class);
        assertThat(wrongOrganisation.getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map> byItself = http().post().uri("/api/organisations/{id}/clients/{client}/revoke",
                        organisationId, clientId).header("Authorization", "Bearer " + earlierToken)
                .retrieve().toEntity(Map.class);
        assertThat(byItself.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map> revoked = admin().post()
                .uri("/api/organisations/{id}/clients/{client}/revoke", organisationId, clientId)
                .retrieve().toEntity(Map.class);

        assertThat(revoked.getStatusCode().value()).isEqualTo(200);
        assertThat(revoked.getBody()).containsEntry("revoked", true);
        assertThat(requestToken(clientId, secret).getStatusCode().value()).isEqualTo(401);
        assertThat(introspectAsCoordinator(earlierToken)).containsEntry("active", false);
        assertThat(admin().post().uri("/api/organisations/{id}/clients/{client}/revoke", organisationId, clientId)
                .retrieve().toEntity(Map.class).getStatusCode().value()).as("revoking twice").isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> introspectAsCoordinator(String token) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", token);
        return http().post().uri("/oauth2/introspect")
                .headers(headers -> headers.setBasicAuth("coordinator", COORDINATOR_SECRET))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Map.class);
    }

    @Test
    void anOrganisationsClientsAreListedWithoutSecrets() {
        String organisationId = registerOrganisation("0000004-3");
        String first = (String) createClient(organisationId).get("clientId");
        String second = (String) createClient(organisationId).get("clientId");

        String listed = admin().get().uri("/api/organisations/{id}/clients", organisationId).retrieve().body(String.class);

        assertThat(listed).contains(first, second, "\"revoked\":false").doesNotContain("ecret", "bcrypt");
    }

    @Test
    void anUnknownOrganisationHasNoClients() {
        ResponseEntity<Map> created = admin().post().uri("/api/organisations/nope/clients").retrieve().toEntity(Map.class);
        ResponseEntity<Map> listed = admin().get().uri("/api/organisations/nope/clients").retrieve().toEntity(Map.class);

        assertThat(created.getStatusCode().value()).isEqualTo(404);
        assertThat(created.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(created.getBody()).containsEntry("detail", "Organisation nope does not exist");
        assertThat(listed.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theSigningKeyIsCreatedOnceAndReusedOnTheNextStart() throws Exception {
        String publishedKid = publishedKeys().getKeys().get(0).getKeyID();

        // what the next instance (or this one restarted) does at start against the same store
        RSAKey atNextStart = new SigningKeyStore(signingKeys, clock).activeKey();

        assertThat(publishedKeys().getKeys()).hasSize(1);
        assertThat(signingKeys.count()).isEqualTo(1);
        assertThat(signingKeys.findById(SigningKey.ACTIVE).orElseThrow().kid()).isEqualTo(publishedKid);
        assertThat(atNextStart.getKeyID()).isEqualTo(publishedKid);
        assertThat(atNextStart.isPrivate()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMetadataNamesTheConfiguredIssuerAndTheGrantsInUse() {
        Map<String, Object> metadata = http().get().uri("/.well-known/oauth-authorization-server").retrieve().body(Map.class);

        assertThat(metadata).containsEntry("issuer", ISSUER)
                .containsEntry("token_endpoint", ISSUER + "/oauth2/token")
                .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks")
                .containsEntry("grant_types_supported", List.of("authorization_code", "client_credentials"));
    }

    /** The coordinator's admin API calls, with a real token from this service's own token endpoint. */
    private RestClient admin() {
        String token = (String) requestToken("coordinator", COORDINATOR_SECRET).getBody().get("access_token");
        return TestHttp.to(port)
                .defaultHeader("Authorization", "Bearer " + token)
                .build();
    }

    private RestClient http() {
        return TestHttp.to(port)
                .build();
    }

    private String registerOrganisation(String businessId) {
        String body = """
                {"name":"Organisation %s (demo)","businessId":"%s","type":"SERVICE_PRODUCER","ring":"MIDDLE",
                 "regions":["11"],"contactEmail":"it@%s.demo.osaava.fi","demo":true}""".formatted(businessId, businessId,
                businessId);
        ResponseEntity<Map> response = admin().post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> createClient(String organisationId) {
        ResponseEntity<Map> response = admin().post().uri("/api/organisations/{id}/clients", organisationId)
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return response.getBody();
    }

    private ResponseEntity<Map> requestToken(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return http().post().uri("/oauth2/token").headers(headers -> headers.setBasicAuth(clientId, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(Map.class);
    }

    private JWKSet publishedKeys() throws Exception {
        return JWKSet.parse(http().get().uri("/oauth2/jwks").retrieve().body(String.class));
    }
}
