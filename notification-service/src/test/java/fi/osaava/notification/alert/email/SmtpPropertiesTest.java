package fi.osaava.notification.alert.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;

class SmtpPropertiesTest {

    @Test
    void aWholeNumberOfMailsASecondIsThatManyPermitsEachSecond() {
        RateLimiterConfig limit = new SmtpProperties(4, 25, Duration.ofSeconds(30)).rateLimit();

        assertThat(limit.getLimitForPeriod()).isEqualTo(25);
        assertThat(limit.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
        assertThat(limit.getTimeoutDuration()).isEqualTo(SmtpProperties.RATE_LIMIT_WAIT);
    }

    @Test
    void lessThanOneASecondIsOnePermitEachLongerPeriod() {
        // Microsoft 365's SMTP AUTH submission: 30 a minute
        RateLimiterConfig limit = new SmtpProperties(1, 0.5, Duration.ofSeconds(30)).rateLimit();

        assertThat(limit.getLimitForPeriod()).isEqualTo(1);
        assertThat(limit.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void settingsThatCouldNeverSendAreRefused() {
        assertThatThrownBy(() -> new SmtpProperties(0, 10, Duration.ofSeconds(30)))
                .hasMessageContaining("connections");
        assertThatThrownBy(() -> new SmtpProperties(4, 0, Duration.ofSeconds(30)))
                .hasMessageContaining("max-per-second");
        assertThatThrownBy(() -> new SmtpProperties(4, Double.NaN, Duration.ofSeconds(30)))
                .hasMessageContaining("max-per-second");
        assertThatThrownBy(() -> new SmtpProperties(4, 10, Duration.ZERO)).hasMessageContaining("idle-timeout");
    }
}
