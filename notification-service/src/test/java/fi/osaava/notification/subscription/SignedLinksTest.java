package fi.osaava.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.subscription.SignedLinks.Purpose;

class SignedLinksTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final LinkProperties PROPERTIES = new LinkProperties(URI.create("https://alerts.osaava.fi/"),
            "test-secret", Duration.ofDays(90));

    final SignedLinks links = new SignedLinks(PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC));

    static String token(URI link) {
        String path = link.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Test
    void anUnsubscribeLinkLeadsBackToItsSubscription() {
        URI link = links.unsubscribeUrl("sub-1");

        assertThat(link.toString()).startsWith("https://alerts.osaava.fi/unsubscribe/");
        assertThat(links.verify(token(link), Purpose.UNSUBSCRIBE)).contains("sub-1");
    }

    @Test
    void aPreferencesLinkLeadsBackToItsSubscription() {
        URI link = links.preferencesUrl("sub:with:colons");

        assertThat(link.toString()).startsWith("https://alerts.osaava.fi/preferences/");
        assertThat(links.verify(token(link), Purpose.PREFERENCES)).contains("sub:with:colons");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = token(links.unsubscribeUrl("sub-1"));
        String otherPayload = token(links.unsubscribeUrl("sub-2")).split("\\.")[0];
        String signature = token.split("\\.")[1];
        char last = signature.charAt(signature.length() - 1);
        String flipped = signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(links.verify(otherPayload + "." + signature, Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(links.verify(token.split("\\.")[0] + "." + flipped, Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(links.verify(token + "x", Purpose.UNSUBSCRIBE)).isEmpty();
    }

    @Test
    void garbageIsRefusedWithoutAnError() {
        assertThat(links.verify("", Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(links.verify("no-dot", Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(links.verify("a.b.c", Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(links.verify("!!!.???", Purpose.PREFERENCES)).isEmpty();
        assertThat(links.verify("x".repeat(5000) + ".y", Purpose.UNSUBSCRIBE)).isEmpty();
    }

    @Test
    void anUnsubscribeTokenIsNoPreferencesTokenNorTheReverse() {
        assertThat(links.verify(token(links.unsubscribeUrl("sub-1")), Purpose.PREFERENCES)).isEmpty();
        assertThat(links.verify(token(links.preferencesUrl("sub-1")), Purpose.UNSUBSCRIBE)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        SignedLinks elsewhere = new SignedLinks(new LinkProperties(PROPERTIES.publicUrl(), "another-secret",
                Duration.ofDays(90)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(links.verify(token(elsewhere.unsubscribeUrl("sub-1")), Purpose.UNSUBSCRIBE)).isEmpty();
        assertThat(links.verify(token(elsewhere.preferencesUrl("sub-1")), Purpose.PREFERENCES)).isEmpty();
    }

    @Test
    void aPreferencesLinkExpiresButAnUnsubscribeLinkDoesNot() {
        String preferences = token(links.preferencesUrl("sub-1"));
        String unsubscribe = token(links.unsubscribeUrl("sub-1"));
        SignedLinks later = new SignedLinks(PROPERTIES, Clock.fixed(NOW.plus(Duration.ofDays(91)), ZoneOffset.UTC));
        SignedLinks justInTime = new SignedLinks(PROPERTIES, Clock.fixed(NOW.plus(Duration.ofDays(90)), ZoneOffset.UTC));

        assertThat(justInTime.verify(preferences, Purpose.PREFERENCES)).contains("sub-1");
        assertThat(later.verify(preferences, Purpose.PREFERENCES)).isEmpty();
        assertThat(later.verify(unsubscribe, Purpose.UNSUBSCRIBE)).contains("sub-1");
    }
}
