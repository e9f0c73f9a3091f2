package fi.osaava.notification.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.notification.subscription.WebhookSecrets;

class WebhookSignatureTest {

    // the Standard Webhooks specification's published test vector
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static final Instant SPEC_NOW = Instant.ofEpochSecond(SPEC_TIMESTAMP);

    @Test
    void signingReproducesTheSpecificationsTestVector() {
        assertThat(WebhookSignature.sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, SPEC_SECRET)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void theSecretPrefixIsOptionalAsInTheReferenceImplementations() {
        String bare = SPEC_SECRET.substring("whsec_".length());
        assertThat(WebhookSignature.sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, bare)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void aNewSecretIsThePrefixAnd32RandomBytesInBase64() {
        String secret = WebhookSecrets.newSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSecrets.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void theHeaderCarriesOneSignaturePerSecretSoEitherVerifiesDuringRotation() {
        String old = SPEC_SECRET;
        String fresh = WebhookSecrets.newSecret();

        String header = WebhookSignature.signatureHeader(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, List.of(old, fresh));

        assertThat(header.split(" ")).hasSize(2).startsWith(SPEC_SIGNATURE);
        assertThat(verify(header, old, SPEC_NOW)).isTrue();
        assertThat(verify(header, fresh, SPEC_NOW)).isTrue();
        assertThat(verify(header, WebhookSecrets.newSecret(), SPEC_NOW)).isFalse();
    }

    @Test
    void aHeaderNeedsAtLeastOneSecret() {
        assertThatThrownBy(() -> WebhookSignature.signatureHeader(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVerifierAcceptsTheSpecificationsTestVector() {
        assertThat(verify(SPEC_SIGNATURE, SPEC_SECRET, SPEC_NOW)).isTrue();
    }

    @Test
    void theVerifierSkipsUnknownVersionsAndMalformedEntries() {
        assertThat(verify("v2,abc v1,not-base64!! " + SPEC_SIGNATURE, SPEC_SECRET, SPEC_NOW)).isTrue();
    }

    @Test
    void theVerifierRefusesAChangedBodyIdOrTimestamp() {
        byte[] changed = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.verify(SPEC_ID, "1614265330", changed, SPEC_SIGNATURE, SPEC_SECRET, SPEC_NOW))
                .isFalse();
        assertThat(WebhookSignature.verify("msg_other", "1614265330", SPEC_BODY, SPEC_SIGNATURE, SPEC_SECRET,
                SPEC_NOW)).isFalse();
        assertThat(WebhookSignature.verify(SPEC_ID, "1614265331", SPEC_BODY, SPEC_SIGNATURE, SPEC_SECRET, SPEC_NOW))
                .isFalse();
        assertThat(WebhookSignature.verify(SPEC_ID, "not a number", SPEC_BODY, SPEC_SIGNATURE, SPEC_SECRET,
                SPEC_NOW)).isFalse();
    }

    @Test
    void theVerifierAcceptsTimestampsWithinFiveMinutesEitherWayAndNoFurther() {
        assertThat(verify(SPEC_SIGNATURE, SPEC_SECRET, SPEC_NOW.plusSeconds(300))).isTrue();
        assertThat(verify(SPEC_SIGNATURE, SPEC_SECRET, SPEC_NOW.minusSeconds(300))).isTrue();
        assertThat(verify(SPEC_SIGNATURE, SPEC_SECRET, SPEC_NOW.plusSeconds(301))).isFalse();
        assertThat(verify(SPEC_SIGNATURE, SPEC_SECRET, SPEC_NOW.minusSeconds(301))).isFalse();
    }

    @Test
    void aSecretThatIsNotBase64IsRefused() {
        assertThatThrownBy(() -> WebhookSignature.sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, "whsec_not base64!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSignature.sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, "whsec_"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean verify(String header, String secret, Instant now) {
        return WebhookSignature.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), SPEC_BODY, header, secret, now);
    }
}
