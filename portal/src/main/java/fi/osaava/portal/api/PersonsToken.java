package fi.osaava.portal.api;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

/**
 * Adds the signed-in person's access token to a call, renewed with the refresh token when it has expired. When
 * it cannot be renewed, the person is sent to sign in again ({@link ClientAuthorizationRequiredException} is
 * turned into that redirect by Spring Security's filter, which keeps the page they were on). A visitor's calls
 * go without a token.
 */
public final class PersonsToken implements ClientHttpRequestInterceptor {

    private final OAuth2AuthorizedClientManager clients;

    public PersonsToken(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        if (person instanceof OAuth2AuthenticationToken signedIn) {
            String registration = signedIn.getAuthorizedClientRegistrationId();
            OAuth2AuthorizedClient client;
            try {
                client = clients.authorize(
                        OAuth2AuthorizeRequest.withClientRegistrationId(registration).principal(signedIn).build());
            } catch (OAuth2AuthorizationException refreshRefused) {
                // the refresh token has expired or was revoked: the manager has forgotten the client already
                throw new ClientAuthorizationRequiredException(registration);
            }
            java.time.Instant expires = client == null ? null : client.getAccessToken().getExpiresAt();
            if (client == null || (expires != null && expires.isBefore(java.time.Instant.now()))) {
                // expired and nothing to renew it with
                throw new ClientAuthorizationRequiredException(registration);
            }
            request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + client.getAccessToken().getTokenValue());
            ClientHttpResponse response = execution.execute(request, body);
            if (response.getStatusCode().value() == 401) {
                // the service no longer takes the token (revoked, or its keys changed): sign in again
                response.close();
                throw new ClientAuthorizationRequiredException(registration);
            }
            return response;
        }
        return execution.execute(request, body);
    }
}
