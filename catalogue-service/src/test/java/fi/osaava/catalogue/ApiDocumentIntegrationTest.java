package fi.osaava.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;

/** The OpenAPI document and Swagger UI let a reader authorize and call a protected endpoint. */
@ServiceIntegrationTest
class ApiDocumentIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentNamesTheServiceAndDeclaresTheTokenSchemesOfTheIssuer() {
        Map<String, Object> api = http().get().uri("/v3/api-docs").retrieve().body(Map.class);

        Map<String, Object> info = (Map<String, Object>) api.get("info");
        assertThat(info.get("title")).isEqualTo("Osaava catalogue-service");
        assertThat((String) info.get("version")).as("the project version").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat((String) info.get("description")).isNotBlank();
        Map<String, Map<String, Object>> schemes = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) api.get("components")).get("securitySchemes");
        Map<String, Map<String, Object>> flows = (Map<String, Map<String, Object>>) schemes.get("oauth2").get("flows");
        assertThat(flows.get("authorizationCode")).containsEntry("authorizationUrl", TestTokens.ISSUER + "/oauth2/authorize")
                .containsEntry("tokenUrl", TestTokens.ISSUER + "/oauth2/token");
        assertThat(flows.get("clientCredentials")).containsEntry("tokenUrl", TestTokens.ISSUER + "/oauth2/token");
        assertThat(schemes.get("bearer")).containsEntry("type", "http").containsEntry("scheme", "bearer");
        assertThat(api.get("security")).isEqualTo(List.of(Map.of("oauth2", List.of()), Map.of("bearer", List.of())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void protectedOperationsNeedATokenAndPublicOnesDoNot() {
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>)
                http().get().uri("/v3/api-docs").retrieve().body(Map.class).get("paths");

        assertThat(paths.get("/api/offerings").get("post")).as("inherits the document's requirement")
                .doesNotContainKey("security");
        assertThat(paths.get("/api/offerings/{id}/publish").get("post")).doesNotContainKey("security");
        assertThat((List<Map<String, Object>>) paths.get("/api/offerings/{id}").get("get").get("security"))
                .as("a published offering is open to anyone").contains(Map.of());
        assertThat((List<Map<String, Object>>) paths.get("/api/vocabulary").get("get").get("security")).contains(Map.of());
    }

    @Test
    void swaggerUiLogsPeopleInAsTheWebClientWithPkce() {
        String initializer = http().get().uri("/swagger-ui/swagger-initializer.js").retrieve().body(String.class)
                .replaceAll("\\s", "");

        assertThat(initializer).contains("\"clientId\":\"osaava-web\"").contains("\"usePkceWithAuthorizationCodeGrant\":true");
    }

    private RestClient http() {
        return TestHttp.to(port).build();
    }
}
