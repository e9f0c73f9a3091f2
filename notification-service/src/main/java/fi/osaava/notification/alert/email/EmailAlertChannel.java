package fi.osaava.notification.alert.email;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import fi.osaava.notification.alert.AlertChannel;
import fi.osaava.notification.alert.AlertProperties;
import fi.osaava.notification.alert.Delivery;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends a delivery as a plain-text e-mail over SMTP. A short retry rides over a blip; the circuit
 * breaker stops hammering a mail server that is down (the delivery log retries later instead).
 */
@Component
class EmailAlertChannel implements AlertChannel {

    private final JavaMailSender mail;
    private final AlertProperties properties;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    EmailAlertChannel(JavaMailSender mail, AlertProperties properties, CircuitBreakerRegistry circuitBreakers,
                      RetryRegistry retries) {
        this.mail = mail;
        this.properties = properties;
        this.circuitBreaker = circuitBreakers.circuitBreaker("smtp");
        this.retry = retries.retry("smtp");
    }

    @Override
    public void send(Delivery delivery, String address) {
        Runnable send = () -> mail.send(toMessage(delivery, address));
        CircuitBreaker.decorateRunnable(circuitBreaker, Retry.decorateRunnable(retry, send)).run();
    }

    /** One e-mail per address, so the contact persons of an organisation do not see each other's addresses. */
    private MimeMessage toMessage(Delivery delivery, String address) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(address);
            helper.setSubject(delivery.subject());
            helper.setText(delivery.body(), false);
            message.setHeader("X-Osaava-Delivery-Id", delivery.id());
            message.setHeader("X-Osaava-Event-Id", delivery.eventId());
            message.setHeader("X-Osaava-Need-Id", delivery.needId());
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the e-mail of delivery " + delivery.id(), e);
        }
    }
}
