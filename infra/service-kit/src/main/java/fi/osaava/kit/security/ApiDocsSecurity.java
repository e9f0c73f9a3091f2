package fi.osaava.kit.security;

import java.util.ArrayList;
import java.util.List;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * What a service's OpenAPI document says about its security, so that Swagger UI has an Authorize button:
 * OAuth2 at membership-service's authorization server (the issuer) with the two flows it serves —
 * client credentials for systems, authorization code (with PKCE, as the public web client) for people —
 * or a pasted bearer JWT. Either is required everywhere except on the public endpoints, which say that a
 * token is optional: they answer anyone, and a token (if sent, it must be valid) may show more.
 */
final class ApiDocsSecurity implements GlobalOpenApiCustomizer {

    static final String OAUTH2 = "oauth2";
    static final String BEARER = "bearer";

    private final String issuer;
    private final List<Public> publicOperations;

    private record Public(HttpMethod method, PathPattern pattern) {
    }

    ApiDocsSecurity(String issuer, List<PublicEndpoints.Endpoint> publicEndpoints) {
        this.issuer = issuer.replaceAll("/$", "");
        this.publicOperations = publicEndpoints.stream()
                .map(e -> new Public(e.method(), PathPatternParser.defaultInstance.parse(e.pattern()))).toList();
    }

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components.addSecuritySchemes(OAUTH2, oauth2()).addSecuritySchemes(BEARER, bearer()));
        api.security(tokenRequired());
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (isPublic(method, path)) {
                    operation.security(tokenOptional());
                }
            }));
        }
    }

    private boolean isPublic(PathItem.HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return publicOperations.stream().anyMatch(p -> p.method().name().equals(method.name())
                && p.pattern().matches(container));
    }

    private SecurityScheme oauth2() {
        return new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("A token from membership-service. People: the authorization code flow with PKCE as the "
                        + "public client osaava-web (no secret), logging in with their username and password. "
                        + "Systems: client credentials, with their organisation's client id and secret.")
                .flows(new OAuthFlows()
                        .authorizationCode(new OAuthFlow().authorizationUrl(issuer + "/oauth2/authorize")
                                .tokenUrl(issuer + "/oauth2/token").scopes(new Scopes()))
                        .clientCredentials(new OAuthFlow().tokenUrl(issuer + "/oauth2/token").scopes(new Scopes())));
    }

    private static SecurityScheme bearer() {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token from membership-service, pasted (e.g. from person-token.sh or a "
                        + "client-credentials request with curl)");
    }

    /** Either scheme will do. */
    private static List<SecurityRequirement> tokenRequired() {
        return new ArrayList<>(List.of(new SecurityRequirement().addList(OAUTH2), new SecurityRequirement().addList(BEARER)));
    }

    /** The empty requirement: no token needed. */
    private static List<SecurityRequirement> tokenOptional() {
        return new ArrayList<>(List.of(new SecurityRequirement(), new SecurityRequirement().addList(OAUTH2),
                new SecurityRequirement().addList(BEARER)));
    }
}
