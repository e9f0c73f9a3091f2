package fi.osaava.notification;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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

    public static void register(DynamicPropertyRegistry registry, GreenMailExtension smtp) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }
}
