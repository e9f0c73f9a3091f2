package fi.osaava.notification.subscription;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The links of the alert mails.
 *
 * @param publicUrl               where people reach this service: the unsubscribe and preferences links start
 *                                with it
 * @param linkSecret              the HMAC key that signs the links. The default is a fixed development value,
 *                                known to everyone who reads this code: production MUST override it
 *                                ({@code OSAAVA_NOTIFICATIONS_LINK_SECRET}). Changing it breaks every link
 *                                already mailed.
 * @param preferencesLinkValidity how long a preferences link works after it was made. Unsubscribe links never
 *                                expire: a mail client may call them weeks after the mail came.
 */
@ConfigurationProperties("osaava.notifications")
public record LinkProperties(
        @DefaultValue("http://localhost:8084") URI publicUrl,
        @DefaultValue(DEVELOPMENT_SECRET) String linkSecret,
        @DefaultValue("90d") Duration preferencesLinkValidity) {

    /** Only for development and tests. */
    static final String DEVELOPMENT_SECRET = "osaava-dev-link-secret-override-me-in-production";

    public LinkProperties {
        if (linkSecret.isBlank()) {
            throw new IllegalArgumentException("osaava.notifications.link-secret must not be blank");
        }
    }

    boolean usesDevelopmentSecret() {
        return DEVELOPMENT_SECRET.equals(linkSecret);
    }
}
