package fi.osaava.notification.alert.email;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

import fi.osaava.notification.alert.Addressee;
import fi.osaava.notification.alert.AlertChannel;
import fi.osaava.notification.alert.AlertProperties;
import fi.osaava.notification.alert.Delivery;
import fi.osaava.notification.subscription.Channel;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends a delivery as an e-mail (plain text and HTML) over SMTP, with RFC 8058 one-click unsubscribe
 * headers, over the connections kept open to the server ({@link SmtpConnections}); several dispatcher threads
 * send at once. A short retry with exponential back-off and jitter rides over a blip (and over a connection
 * the server closed mid-mail); the circuit breaker of this SMTP server stops hammering it while it is down
 * (the delivery log retries later instead); the rate limiter keeps within what the server accepts
 * ({@code osaava.alerts.smtp.max-per-second}).
 */
@Component
class EmailAlertChannel implements AlertChannel {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final String TRANSFER_ENCODING = "Content-Transfer-Encoding";
    private static final String QUOTED_PRINTABLE = "quoted-printable";

    private final JavaMailSenderImpl mail;
    private final SmtpConnections connections;
    private final InternetAddress from;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final RateLimiter rateLimiter;

    EmailAlertChannel(JavaMailSenderImpl mail, SmtpConnections connections, AlertProperties properties,
                      SmtpProperties smtp, CircuitBreakerRegistry circuitBreakers, RetryRegistry retries,
                      RateLimiterRegistry rateLimiters) {
        this.mail = mail;
        this.connections = connections;
        try {
            this.from = oneAddress(properties.from());
        } catch (AddressException e) {
            throw new IllegalArgumentException("osaava.alerts.from is not one e-mail address: " + properties.from(), e);
        }
        String server = "smtp:" + connections.server();
        this.circuitBreaker = circuitBreakers.circuitBreaker(server, "smtp");
        this.retry = retries.retry(server, "smtp");
        this.rateLimiter = rateLimiters.rateLimiter(server, smtp.rateLimit());
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery, Addressee addressee) {
        Runnable send = () -> connections.send(toMessage(delivery, addressee.address()));
        Runnable limited = RateLimiter.decorateRunnable(rateLimiter, send);
        CircuitBreaker.decorateRunnable(circuitBreaker, Retry.decorateRunnable(retry, limited)).run();
    }

    /**
     * One e-mail per address, so the contact persons of an organisation do not see each other's addresses: the
     * plain text, and the HTML beside it as a {@code multipart/alternative} when there is one.
     */
    private MimeMessage toMessage(Delivery delivery, String address) {
        MimeMessage message = new BufferedMimeMessage(mail.getSession(), messageId(delivery, address));
        try {
            // set directly: Spring's MimeMessageHelper would parse the MIME types file again for every message
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, oneAddress(address));
            message.setSubject(delivery.subject(), UTF_8);
            if (delivery.html() != null) {
                message.setContent(new MimeMultipart("alternative", textPart(delivery.body(), "plain"),
                        textPart(delivery.html(), "html")));
            } else {
                message.setText(delivery.body(), UTF_8);
                message.setHeader(TRANSFER_ENCODING, QUOTED_PRINTABLE);
            }
            if (delivery.unsubscribeUrl() != null) {
                // RFC 8058: a mail client may unsubscribe with one POST, without opening a page
                message.setHeader("List-Unsubscribe", "<" + delivery.unsubscribeUrl() + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.setHeader("X-Osaava-Delivery-Id", delivery.id());
            message.setHeader("X-Osaava-Event-Id", delivery.eventId());
            if (delivery.needId() != null) {
                message.setHeader("X-Osaava-Need-Id", delivery.needId());
            }
            if (delivery.topic() != null) {
                message.setHeader("X-Osaava-Topic", delivery.topic().name());
            }
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the e-mail of delivery " + delivery.id(), e);
        }
    }

    /**
     * The same Message-ID (RFC 5322 3.6.4) every time this delivery is sent to this address: a retry after a crash
     * between the server's answer and the delivery's {@code SENT} is the same message again, which mail systems
     * that drop a Message-ID they already have (as the fault harness's sink counts) show once.
     */
    String messageId(Delivery delivery, String address) {
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        return "<" + delivery.id() + "." + Integer.toHexString(address.strip().toLowerCase(java.util.Locale.ROOT)
                .hashCode()) + "@" + domain + ">";
    }

    private static InternetAddress oneAddress(String address) throws AddressException {
        InternetAddress[] parsed = InternetAddress.parse(address);
        if (parsed.length != 1) {
            throw new AddressException("Not one address", address);
        }
        return parsed[0];
    }

    /**
     * A text part in UTF-8, quoted-printable: named here, so Jakarta Mail does not read the whole text once more
     * to choose an encoding before every send (mostly ASCII text, as alerts are, comes out quoted-printable anyway).
     */
    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        part.setHeader(TRANSFER_ENCODING, QUOTED_PRINTABLE);
        return part;
    }

    /**
     * Writes itself through a buffer: Jakarta Mail's quoted-printable encoder writes a byte at a time, and the SMTP
     * transport's stream handles each byte on its own (a tenth of a fan-out's CPU in a profile), while it takes a
     * buffer's worth at once.
     */
    static final class BufferedMimeMessage extends MimeMessage {

        private final String messageId;

        BufferedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        /** Jakarta Mail would make up a new Message-ID on every {@code saveChanges}, so every send. */
        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 16 * 1024);
            super.writeTo(buffered, ignoreList);
            buffered.flush();
        }
    }
}
