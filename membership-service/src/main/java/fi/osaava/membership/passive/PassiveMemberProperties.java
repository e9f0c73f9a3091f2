package fi.osaava.membership.passive;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl            where people reach this service: the links in the mails start with it
 * @param from                 sender of the mails
 * @param confirmationValidity how long a confirmation link works
 * @param mailInterval         an address is mailed at most once per interval, however often somebody joins
 *                             with it (joining is public: this keeps it from being used to flood a mailbox)
 */
@ConfigurationProperties("osaava.passive-members")
public record PassiveMemberProperties(
        @DefaultValue("http://localhost:8081") URI publicUrl,
        @DefaultValue("Osaava <noreply@osaava.fi>") String from,
        @DefaultValue("72h") Duration confirmationValidity,
        @DefaultValue("1m") Duration mailInterval) {

    URI confirmationPage(SecretToken token) {
        return link("/api/passive-members/confirm?token=", token);
    }

    URI leaveLink(SecretToken token) {
        return link("/api/passive-members/leave?token=", token);
    }

    private URI link(String path, SecretToken token) {
        // the token is base64url: nothing in it needs escaping
        return URI.create(publicUrl.toString().replaceAll("/$", "") + path + token.value());
    }
}
