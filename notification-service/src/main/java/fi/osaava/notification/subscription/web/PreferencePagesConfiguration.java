package fi.osaava.notification.subscription.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fi.osaava.kit.security.PublicEndpoints;
import fi.osaava.kit.security.PublicEndpoints.Endpoint;

@Configuration(proxyBeanMethods = false)
class PreferencePagesConfiguration {

    /**
     * The links of the mails need no account: the signed token in the path is the permission. The kit's chain
     * is stateless and without CSRF tokens, so a mail client's one-click POST (RFC 8058) works as it is. Like
     * every write without a token, the POSTs are counted per remote address ({@code osaava.limits}).
     */
    @Bean
    PublicEndpoints publicSubscriptionPages() {
        return new PublicEndpoints(List.of(
                new Endpoint(HttpMethod.GET, "/unsubscribe/**"),
                new Endpoint(HttpMethod.POST, "/unsubscribe/**"),
                new Endpoint(HttpMethod.GET, "/preferences/**"),
                new Endpoint(HttpMethod.POST, "/preferences/**")));
    }
}
