package fi.osaava.notification.alert.email;

import static fi.osaava.notification.SmtpSink.sender;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.notification.SmtpSink;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The pool of SMTP connections against GreenMail, seen from both ends: our counter of connections opened, and
 * {@link SmtpProxy} in front of the server counting the connections that reached it.
 */
class SmtpConnectionsTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = SmtpSink.perTestRestartable();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private SmtpProxy server;

    @BeforeEach
    void proxy() throws IOException {
        server = closedAfter(new SmtpProxy(GREEN_MAIL.getSmtp().getBindTo(), GREEN_MAIL.getSmtp().getPort()));
    }

    @AfterEach
    void close() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    @Test
    void manyMailsFromSeveralThreadsGoOverNoMoreConnectionsThanThePoolHolds() throws Exception {
        SmtpConnections connections = connections(server.port(), new SmtpProperties(4, 10, Duration.ofMinutes(1)));
        JavaMailSenderImpl mail = sender(server.port());

        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> sends = IntStream.range(0, 200).<Future<?>>mapToObj(i -> threads.submit(
                () -> connections.send(message(mail, "person" + i + "@example.fi", "Mail " + i)))).toList();
        for (Future<?> send : sends) {
            send.get();
        }
        threads.shutdown();

        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 200)).isTrue();
        assertThat(Arrays.stream(GREEN_MAIL.getReceivedMessages()).map(SmtpConnectionsTest::subject))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 200).mapToObj(i -> "Mail " + i).toList());
        assertThat(connections.opened()).isBetween(1L, 4L);
        assertThat(server.connectionsAccepted()).isEqualTo((int) connections.opened());
        assertThat(meters.get("osaava.smtp.connections.opened").tag("server", connections.server()).counter()
                .count()).isEqualTo(connections.opened());
        assertThat(meters.get("osaava.smtp.connections.active").gauge().value()).isZero();
        assertThat(meters.get("osaava.smtp.connections.idle").gauge().value()).isEqualTo(connections.opened());
    }

    @Test
    void aConnectionTheServerCutIsReplacedBeforeTheNextMail() throws Exception {
        SmtpConnections connections = connections(server.port(), new SmtpProperties(1, 10, Duration.ofMinutes(1)));
        JavaMailSenderImpl mail = sender(server.port());
        connections.send(message(mail, "first@example.fi", "First"));

        server.dropAll();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.connectionsOpen() == 0);
        connections.send(message(mail, "second@example.fi", "Second"));

        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 2)).isTrue();
        assertThat(connections.opened()).isEqualTo(2);
        assertThat(server.connectionsAccepted()).isEqualTo(2);
    }

    @Test
    void aRestartedServerGetsTheNextMailOverANewConnection() throws Exception {
        int port = GREEN_MAIL.getSmtp().getPort();
        SmtpConnections connections = connections(port, new SmtpProperties(2, 10, Duration.ofMinutes(1)));
        JavaMailSenderImpl mail = sender(port);
        connections.send(message(mail, "before@example.fi", "Before"));
        assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(1);
        GREEN_MAIL.stop();

        GREEN_MAIL.start();
        connections.send(message(mail, "after@example.fi", "After"));
        assertThat(GREEN_MAIL.getReceivedMessages()).extracting(SmtpConnectionsTest::subject).containsExactly("After");
        assertThat(connections.opened()).isEqualTo(2);
    }

    @Test
    void aServerThatClosesAfterSomeMailsFailsTheNextOneCleanlyAndANewConnectionSendsTheRest() throws Exception {
        server.closeAfterMails(2);
        SmtpConnections connections = connections(server.port(), new SmtpProperties(1, 10, Duration.ofMinutes(1)));
        JavaMailSenderImpl mail = sender(server.port());
        connections.send(message(mail, "a@example.fi", "1"));
        connections.send(message(mail, "b@example.fi", "2"));

        assertThatThrownBy(() -> connections.send(message(mail, "c@example.fi", "3")))
                .isInstanceOf(MailSendException.class).hasMessageContaining("421");
        // closed, not kept: the next mail does not find it
        assertThat(connections.idle()).isZero();
        assertThat(connections.active()).isZero();

        connections.send(message(mail, "c@example.fi", "3 again"));
        assertThat(GREEN_MAIL.waitForIncomingEmail(5_000, 3)).isTrue();
        assertThat(GREEN_MAIL.getReceivedMessages()).extracting(SmtpConnectionsTest::subject)
                .containsExactly("1", "2", "3 again");
        assertThat(connections.opened()).isEqualTo(2);
    }

    @Test
    void anUnusedConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        SmtpConnections connections = connections(server.port(), new SmtpProperties(2, 10, Duration.ofMillis(300)));
        connections.send(message(sender(server.port()), "a@example.fi", "1"));
        assertThat(server.connectionsAccepted()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionsOpen() == 0);
        assertThat(connections.idle()).isZero();
    }

    @Test
    void closingThePoolClosesItsConnectionsAndSendsNoMore() throws Exception {
        SmtpConnections connections = new SmtpConnections(sender(server.port()),
                new SmtpProperties(2, 10, Duration.ofMinutes(1)), meters);
        connections.send(message(sender(server.port()), "a@example.fi", "1"));
        assertThat(server.connectionsOpen()).isEqualTo(1);

        connections.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionsOpen() == 0);
        assertThatThrownBy(() -> connections.send(message(sender(server.port()), "b@example.fi", "2")))
                .isInstanceOf(MailSendException.class);
    }

    @Test
    void aServerThatIsDownFailsTheMailAsAFailedConnection() throws Exception {
        int nobodyListens = SmtpSink.freePort();
        SmtpConnections connections = connections(nobodyListens, SmtpProperties.defaults());

        assertThatThrownBy(() -> connections.send(message(sender(nobodyListens), "a@example.fi", "1")))
                .isInstanceOf(MailSendException.class).hasMessageContaining("connection failed")
                .hasRootCauseInstanceOf(java.net.ConnectException.class);
        assertThat(connections.opened()).isZero();
    }

    private SmtpConnections connections(int port, SmtpProperties properties) {
        return closedAfter(new SmtpConnections(sender(port), properties, meters));
    }

    private <T extends AutoCloseable> T closedAfter(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    static MimeMessage message(JavaMailSenderImpl mail, String to, String subject) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom("alerts@osaava.fi");
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText("Uusi osaamistarve: lääkehoito", "<p>Uusi osaamistarve: lääkehoito</p>");
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
