package fi.osaava.notification.alert.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration;

/** Only the webhook beans and Resilience4j, with the service's application.yml: no database, no broker. */
class WebhookConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CircuitBreakerAutoConfiguration.class,
                    RateLimiterAutoConfiguration.class))
            .withUserConfiguration(WebhookConfiguration.class, WebhookTargetGuard.class, WebhookSender.class);

    @Test
    void theApplicationConfigurationGivesEachHostABreakerAndARateLimitNamedWebhook() {
        context.withInitializer(new ConfigDataApplicationContextInitializer()).run(beans -> {
            assertThat(beans).hasSingleBean(WebhookSender.class).hasSingleBean(WebhookTargetGuard.class);
            assertThat(beans.getBean(CircuitBreakerRegistry.class).getConfiguration(WebhookSender.CONFIGURATION))
                    .hasValueSatisfying(breaker -> assertThat(breaker.getMinimumNumberOfCalls()).isEqualTo(10));
            assertThat(beans.getBean(RateLimiterRegistry.class).getConfiguration(WebhookSender.CONFIGURATION))
                    .hasValueSatisfying(limit -> {
                        assertThat(limit.getLimitForPeriod()).isEqualTo(20);
                        assertThat(limit.getTimeoutDuration()).isEqualTo(Duration.ZERO);
                    });
            assertThat(beans.getBean(WebhookProperties.class)).isEqualTo(WebhookProperties.defaults());
        });
    }

    @Test
    void withoutAnySettingsPrivateTargetsAreRefusedAndTheDefaultsHold() {
        context.run(beans -> assertThat(beans.getBean(WebhookProperties.class))
                .isEqualTo(WebhookProperties.defaults()));
    }

    @Test
    void theLocalDevelopmentSwitchIsAProperty() {
        context.withPropertyValues("osaava.webhooks.allow-private-targets=true").run(beans -> {
            assertThat(beans.getBean(WebhookProperties.class).allowPrivateTargets()).isTrue();
            assertThat(beans.getBean(WebhookTargetGuard.class).validate("http://127.0.0.1:8080/hook")).isEmpty();
        });
    }
}
