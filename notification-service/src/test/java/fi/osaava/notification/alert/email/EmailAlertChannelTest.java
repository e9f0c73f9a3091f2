package fi.osaava.notification.alert.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSendException;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import fi.osaava.notification.Mails;
import fi.osaava.notification.alert.Addressee;
import fi.osaava.notification.alert.AlertProperties;
import fi.osaava.notification.alert.Delivery;
import fi.osaava.notification.matching.Topic;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot.ratelimiter.autoconfigure.RateLimiterAutoConfiguration;
import io.github.resilience4j.springboot.retry.autoconfigure.RetryAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

/**
 * The e-mail channel as the service wires it (its application.yml, Boot's mail sender, Resilience4j), sending
 * to GreenMail through {@link SmtpProxy}: the mails as they always were, over a few connections kept open.
 */
class EmailAlertChannelTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private SmtpProxy server;

    @BeforeEach
    void proxy() throws IOException {
        server = new SmtpProxy(GREEN_MAIL.getSmtp().getBindTo(), GREEN_MAIL.getSmtp().getPort());
    }

    @AfterEach
    void closeProxy() {
        server.close();
    }

    private ApplicationContextRunner service() {
        return new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class,
                        CircuitBreakerAutoConfiguration.class, RetryAutoConfiguration.class,
                        RateLimiterAutoConfiguration.class))
                .withUserConfiguration(Alerts.class, EmailConfiguration.class, EmailAlertChannel.class)
                .withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + server.port());
    }

    @Test
    void deliveriesFromSeveralThreadsArriveOnceEachWithTheirHeadersOverThePoolsConnections() {
        service().withPropertyValues("osaava.alerts.smtp.max-per-second=100000").run(beans -> {
            EmailAlertChannel channel = beans.getBean(EmailAlertChannel.class);
            ExecutorService dispatchers = Executors.newFixedThreadPool(4);
            List<Future<?>> sends = IntStream.range(0, 200).<Future<?>>mapToObj(i -> dispatchers.submit(
                    () -> channel.send(delivery("d" + i), to("person" + i + "@example.fi")))).toList();
            for (Future<?> send : sends) {
                send.get();
            }
            dispatchers.shutdown();

            assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 200)).isTrue();
            Map<String, MimeMessage> byDelivery = Arrays.stream(GREEN_MAIL.getReceivedMessages()).collect(
                    Collectors.toMap(mail -> Mails.header(mail, "X-Osaava-Delivery-Id"), Function.identity()));
            assertThat(byDelivery).hasSize(200).containsOnlyKeys(IntStream.range(0, 200).mapToObj(i -> "d" + i).toList());
            MimeMessage mail = byDelivery.get("d7");
            assertThat(Mails.to(mail)).isEqualTo("person7@example.fi");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("Osaava <alerts@osaava.fi>");
            assertThat(mail.getSubject()).isEqualTo("Uusi osaamistarve: Lääkehoito d7");
            assertThat(mail.getContentType()).startsWith("multipart/alternative");
            jakarta.mail.Multipart alternatives = (jakarta.mail.Multipart) mail.getContent();
            assertThat(alternatives.getCount()).isEqualTo(2);
            assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain").contains("UTF-8");
            assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html").contains("UTF-8");
            assertThat(alternatives.getBodyPart(0).getHeader("Content-Transfer-Encoding"))
                    .containsExactly("quoted-printable");
            assertThat(Mails.text(mail)).isEqualTo("Hei! Lääkehoidon osaamistarve d7.");
            assertThat(Mails.html(mail)).isEqualTo("<p>Hei! Lääkehoidon osaamistarve d7.</p>");
            assertThat(Mails.header(mail, "List-Unsubscribe")).isEqualTo("<https://osaava.fi/unsubscribe/t-d7>");
            assertThat(Mails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(Mails.header(mail, "X-Osaava-Event-Id")).isEqualTo("event-d7");
            assertThat(Mails.header(mail, "X-Osaava-Need-Id")).isEqualTo("need-d7");
            assertThat(Mails.header(mail, "X-Osaava-Topic")).isEqualTo("NEED_PUBLISHED");
            assertThat(mail.getSentDate()).isNotNull();
            assertThat(mail.getMessageID()).isNotBlank();

            MeterRegistry meters = beans.getBean(MeterRegistry.class);
            double opened = meters.get("osaava.smtp.connections.opened").counter().count();
            assertThat(opened).isBetween(1.0, 4.0);
            assertThat(server.connectionsAccepted()).isEqualTo((int) opened);
        });
    }

    @Test
    void aDeliverySentAgainToTheSameAddressHasTheSameMessageIdAndAnythingElseADifferentOne() {
        service().run(beans -> {
            EmailAlertChannel channel = beans.getBean(EmailAlertChannel.class);
            channel.send(delivery("again"), to("person@example.fi"));
            channel.send(delivery("again"), to("Person@Example.fi"));
            channel.send(delivery("again"), to("other@example.fi"));
            channel.send(delivery("another"), to("person@example.fi"));

            assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 4)).isTrue();
            List<String> ids = Arrays.stream(GREEN_MAIL.getReceivedMessages()).map(mail -> {
                try {
                    return mail.getMessageID();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(ids.get(0)).startsWith("<again.").endsWith("@osaava.fi>").isEqualTo(ids.get(1));
            assertThat(ids.subList(1, 4)).doesNotHaveDuplicates();
        });
    }

    @Test
    void aRefusedRecipientFailsThatDeliveryAndTheNextOneGoesOut() {
        server.refuse("gone@example.fi");
        service().run(beans -> {
            EmailAlertChannel channel = beans.getBean(EmailAlertChannel.class);

            assertThatThrownBy(() -> channel.send(delivery("refused"), to("gone@example.fi")))
                    .isInstanceOfSatisfying(MailSendException.class, failed -> assertThat(
                            failed.getFailedMessages().values()).singleElement().isInstanceOf(SendFailedException.class));
            channel.send(delivery("accepted"), to("here@example.fi"));

            assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
            assertThat(GREEN_MAIL.getReceivedMessages()).extracting(Mails::to).containsExactly("here@example.fi");
        });
    }

    @Test
    void aMailTheServerCutOffGoesOutOnTheRetryOverANewConnection() {
        server.closeAfterMails(3);
        service().run(beans -> {
            EmailAlertChannel channel = beans.getBean(EmailAlertChannel.class);
            for (int i = 0; i < 10; i++) {
                channel.send(delivery("d" + i), to("person" + i + "@example.fi"));
            }

            assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 10)).isTrue();
            assertThat(GREEN_MAIL.getReceivedMessages()).extracting(mail -> Mails.header(mail, "X-Osaava-Delivery-Id"))
                    .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "d" + i).toList());
            // three mails a connection: the 4th, 7th and 10th were refused with 421 and went out on the retry
            assertThat(server.connectionsAccepted()).isEqualTo(4);
            assertThat(beans.getBean(MeterRegistry.class).get("osaava.smtp.connections.opened").counter().count())
                    .isEqualTo(4);
        });
    }

    @Test
    void theServersRateLimitIsMaxPerSecond() {
        String limiter = "smtp:127.0.0.1:" + server.port();
        service().run(beans -> {
            assertThat(beans.getBean(SmtpProperties.class)).isEqualTo(SmtpProperties.defaults());
            RateLimiterConfig limit = beans.getBean(RateLimiterRegistry.class).rateLimiter(limiter).getRateLimiterConfig();
            assertThat(limit.getLimitForPeriod()).isEqualTo(10);
            assertThat(limit.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
        });
        service().withPropertyValues("osaava.alerts.smtp.max-per-second=0.5", "osaava.alerts.smtp.connections=2")
                .run(beans -> {
                    assertThat(beans.getBean(SmtpProperties.class).connections()).isEqualTo(2);
                    RateLimiterConfig limit = beans.getBean(RateLimiterRegistry.class).rateLimiter(limiter)
                            .getRateLimiterConfig();
                    assertThat(limit.getLimitForPeriod()).isEqualTo(1);
                    assertThat(limit.getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(2));
                });
    }

    static Addressee to(String address) {
        return new Addressee(address, null, null, null, false);
    }

    /** What the channel reads of a delivery (answered, not stubbed: 200 stubbed mocks take seconds). */
    static Delivery delivery(String id) {
        return mock(Delivery.class, withSettings().stubOnly().defaultAnswer(call -> switch (call.getMethod().getName()) {
            case "id" -> id;
            case "eventId" -> "event-" + id;
            case "needId" -> "need-" + id;
            case "topic" -> Topic.NEED_PUBLISHED;
            case "subject" -> "Uusi osaamistarve: Lääkehoito " + id;
            case "body" -> "Hei! Lääkehoidon osaamistarve " + id + ".";
            case "html" -> "<p>Hei! Lääkehoidon osaamistarve " + id + ".</p>";
            case "unsubscribeUrl" -> "https://osaava.fi/unsubscribe/t-" + id;
            default -> null;
        }));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(AlertProperties.class)
    static class Alerts {

        @Bean
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }
    }
}
