package fi.osaava.notification.alert.email;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.icegreen.greenmail.util.GreenMail;

import fi.osaava.notification.SmtpSink;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Mails a second to GreenMail (in this JVM) from several threads: over {@link SmtpConnections} (one kept
 * connection per thread) against {@link JavaMailSenderImpl#send(MimeMessage)}, which opens a connection for
 * each mail, as the channel did before. Not a test: a figure, printed. See infra/benchmarks/README.md.
 *
 * <p>Arguments: mails per round (2000), threads (4), rounds (3). Each way warms up with a round of 200 first;
 * the rounds alternate between the two ways.
 */
public final class SmtpThroughputCheck {

    private SmtpThroughputCheck() {
    }

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        GreenMail server = SmtpSink.started();
        try {
            JavaMailSenderImpl mail = SmtpSink.sender(server.getSmtp().getPort());
            SmtpConnections pool = new SmtpConnections(mail,
                    new SmtpProperties(threads, 1_000_000, Duration.ofMinutes(5)), new SimpleMeterRegistry());
            System.out.printf(Locale.ROOT, "%d mails a round, %d threads, %d cores%n", mails, threads,
                    Runtime.getRuntime().availableProcessors());
            round("warm-up: pooled", 200, threads, server, mail, pool::send);
            round("warm-up: a connection per mail", 200, threads, server, mail, mail::send);
            List<Double> pooled = new ArrayList<>();
            List<Double> perMail = new ArrayList<>();
            for (int i = 1; i <= rounds; i++) {
                long openedBefore = pool.opened();
                pooled.add(round("pooled, round " + i, mails, threads, server, mail, pool::send));
                // a connection that idled through the other way's round may have been closed by the server
                System.out.printf(Locale.ROOT, "%-36s %6d connections opened%n", "", pool.opened() - openedBefore);
                perMail.add(round("a connection per mail, round " + i, mails, threads, server, mail, mail::send));
            }
            System.out.printf(Locale.ROOT, "pooled: best %.0f mails/s%n",
                    pooled.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            System.out.printf(Locale.ROOT, "a connection per mail: best %.0f mails/s%n",
                    perMail.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
            pool.close();
        } finally {
            server.stop();
        }
    }

    private static double round(String name, int mails, int threads, GreenMail server, JavaMailSenderImpl mail,
                                Consumer<MimeMessage> send) throws Exception {
        server.purgeEmailFromAllMailboxes();
        List<MimeMessage> messages = new ArrayList<>(mails);
        for (int i = 0; i < mails; i++) {
            messages.add(message(mail, i));
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < mails; i = next.getAndIncrement()) {
                    send.accept(messages.get(i));
                }
            }));
        }
        for (Future<?> sender : running) {
            sender.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        senders.shutdown();
        if (!server.waitForIncomingEmail(10_000, mails) || server.getReceivedMessages().length != mails) {
            throw new IllegalStateException(name + ": " + server.getReceivedMessages().length + " of " + mails + " arrived");
        }
        double perSecond = mails / seconds;
        System.out.printf(Locale.ROOT, "%-36s %6.0f mails/s (%.2f s)%n", name, perSecond, seconds);
        return perSecond;
    }

    /** About the size of an alert: a plain-text and an HTML part, and the channel's headers. */
    private static MimeMessage message(JavaMailSenderImpl mail, int i) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom("Osaava <alerts@osaava.fi>");
            helper.setTo("person" + (i % 500) + "@example.fi");
            helper.setSubject("Uusi osaamistarve: Lääkehoidon osaaminen kotihoidossa " + i);
            String text = "Hei! Pohjois-Savon hyvinvointialue julkaisi uuden osaamistarpeen. ".repeat(20);
            helper.setText(text, "<html><body><p>" + text + "</p><p><a href=\"https://osaava.fi/\">Osaava</a></p>"
                    .repeat(2) + "</body></html>");
            message.setHeader("List-Unsubscribe", "<https://osaava.fi/unsubscribe/token-" + i + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("X-Osaava-Delivery-Id", "event-" + i + ":subscription:EMAIL");
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
