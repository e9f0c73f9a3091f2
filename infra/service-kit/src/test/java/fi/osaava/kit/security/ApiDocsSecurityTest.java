package fi.osaava.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

class ApiDocsSecurityTest {

    final ApiDocsSecurity docs = new ApiDocsSecurity("http://localhost:8081/", List.of(
            new PublicEndpoints.Endpoint(HttpMethod.GET, "/api/offerings/*"),
            new PublicEndpoints.Endpoint(HttpMethod.GET, "/api/vocabulary")));

    @Test
    void declaresTheAuthorizationServersFlowsAtTheIssuerAndABearerToken() {
        OpenAPI api = new OpenAPI();

        docs.customise(api);

        SecurityScheme oauth2 = api.getComponents().getSecuritySchemes().get(ApiDocsSecurity.OAUTH2);
        assertThat(oauth2.getType()).isEqualTo(SecurityScheme.Type.OAUTH2);
        OAuthFlows flows = oauth2.getFlows();
        assertThat(flows.getAuthorizationCode().getAuthorizationUrl()).isEqualTo("http://localhost:8081/oauth2/authorize");
        assertThat(flows.getAuthorizationCode().getTokenUrl()).isEqualTo("http://localhost:8081/oauth2/token");
        assertThat(flows.getClientCredentials().getTokenUrl()).isEqualTo("http://localhost:8081/oauth2/token");
        assertThat(flows.getImplicit()).isNull();
        assertThat(flows.getPassword()).isNull();
        SecurityScheme bearer = api.getComponents().getSecuritySchemes().get(ApiDocsSecurity.BEARER);
        assertThat(bearer.getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(bearer.getScheme()).isEqualTo("bearer");
        assertThat(bearer.getBearerFormat()).isEqualTo("JWT");
        assertThat(api.getSecurity()).containsExactly(new SecurityRequirement().addList(ApiDocsSecurity.OAUTH2),
                new SecurityRequirement().addList(ApiDocsSecurity.BEARER));
    }

    @Test
    void marksOnlyThePublicMethodAndPathsAsNeedingNoToken() {
        Operation offering = new Operation();
        Operation publish = new Operation();
        Operation update = new Operation();
        Operation evaluations = new Operation();
        Operation vocabulary = new Operation();
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/offerings/{id}", new PathItem().get(offering).put(update))
                .addPathItem("/api/offerings/{id}/publish", new PathItem().post(publish))
                .addPathItem("/api/offerings/{id}/evaluations", new PathItem().get(evaluations))
                .addPathItem("/api/vocabulary", new PathItem().get(vocabulary)));

        docs.customise(api);

        assertThat(offering.getSecurity()).contains(new SecurityRequirement());
        assertThat(vocabulary.getSecurity()).contains(new SecurityRequirement());
        assertThat(update.getSecurity()).as("inherits the document's requirement").isNull();
        assertThat(publish.getSecurity()).isNull();
        assertThat(evaluations.getSecurity()).isNull();
    }
}
