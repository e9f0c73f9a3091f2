package fi.osaava.notification.alert.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * How alert mail goes to the SMTP server ({@code spring.mail.*}): over a few connections kept open, at most so
 * many mails a second.
 *
 * @param connections  the most connections open to the server at once; each sends one mail after another.
 *                     As many as {@code osaava.alerts.dispatchers} (4), so no dispatcher waits for one
 * @param maxPerSecond mails a second at most (a fraction for less than one, e.g. {@code 0.5}). The default, 10,
 *                     is what a relay we do not run ourselves takes without throttling us: Amazon SES starts
 *                     production accounts at 14 a second, and a county's own Postfix or Exchange relay takes
 *                     far more. It is still 600 alerts a minute, and a mail refused for going too fast is
 *                     retried later by the delivery log, not lost. Microsoft 365's SMTP AUTH submission takes only 30 a minute per mailbox (set
 *                     {@code 0.5}); Google Workspace's relay counts recipients per day, not per second. The
 *                     local stack and the load harness, on GreenMail, set it high
 * @param idleTimeout  how long an unused connection stays open. Long enough to carry the next burst of
 *                     alerts, short enough not to hold sessions on a shared relay through a quiet day, and
 *                     well under the 5 minutes a server waits for a command (RFC 5321 4.5.3.2.7)
 */
@ConfigurationProperties("osaava.alerts.smtp")
record SmtpProperties(
        @DefaultValue("4") int connections,
        @DefaultValue("10") double maxPerSecond,
        @DefaultValue("30s") Duration idleTimeout) {

    /** How long a sender waits for its turn before the attempt fails (and the delivery log retries it later). */
    static final Duration RATE_LIMIT_WAIT = Duration.ofSeconds(5);

    SmtpProperties {
        if (connections < 1) {
            throw new IllegalArgumentException("osaava.alerts.smtp.connections must be at least 1, not " + connections);
        }
        if (!(maxPerSecond > 0) || Double.isInfinite(maxPerSecond)) {
            throw new IllegalArgumentException("osaava.alerts.smtp.max-per-second must be above 0, not " + maxPerSecond);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("osaava.alerts.smtp.idle-timeout must be above 0, not " + idleTimeout);
        }
    }

    static SmtpProperties defaults() {
        return new SmtpProperties(4, 10, Duration.ofSeconds(30));
    }

    /**
     * {@code maxPerSecond} as Resilience4j counts it, in whole permits per period: at least one a second is so
     * many each second, less is one each {@code 1 / maxPerSecond} seconds.
     */
    RateLimiterConfig rateLimit() {
        boolean lessThanOneASecond = maxPerSecond < 1;
        int permits = lessThanOneASecond ? 1 : (int) Math.min(Integer.MAX_VALUE, Math.round(maxPerSecond));
        Duration period = lessThanOneASecond ? Duration.ofNanos(Math.round(1e9 / maxPerSecond)) : Duration.ofSeconds(1);
        return RateLimiterConfig.custom().limitForPeriod(permits).limitRefreshPeriod(period)
                .timeoutDuration(RATE_LIMIT_WAIT).build();
    }
}
