package fi.osaava.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Properties;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) for a test class: register it with {@code @RegisterExtension} and point the
 * service at it from the class's {@code @DynamicPropertySource}. It starts before the class's Spring context is
 * made and stops after its last test; one server a class, so the context keeps its port.
 */
public final class SmtpSink {

    private SmtpSink() {
    }

    public static GreenMailExtension perClass() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    }

    /**
     * As {@link #perClass()}, for a test that takes the server down and brings it back ({@code stop()}, then
     * {@code start()}, which also empties it): on a port chosen once, so it comes back where the service sends
     * (a dynamic port would be a new one at each start).
     */
    public static GreenMailExtension perClassRestartable() {
        return perTestRestartable().withPerMethodLifecycle(false);
    }

    /** A fresh, empty server for each test, restartable as {@link #perClassRestartable()}'s. */
    public static GreenMailExtension perTestRestartable() {
        return new GreenMailExtension(ServerSetupTest.SMTP.port(freePort()));
    }

    /** A server for a main method, where no JUnit extension runs: started; the caller stops it. */
    public static GreenMail started() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    public static void register(DynamicPropertyRegistry registry, GreenMailExtension smtp) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    /** A client of a server on this machine, with the service's timeouts (application.yml's spring.mail). */
    public static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        Properties session = new Properties();
        session.put("mail.smtp.connectiontimeout", "5000");
        session.put("mail.smtp.timeout", "10000");
        session.put("mail.smtp.writetimeout", "10000");
        mail.setJavaMailProperties(session);
        return mail;
    }

    /** A port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
