package fi.osaava.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The services' SMTP server during a run: GreenMail in this JVM, on 127.0.0.1, without authentication. Each
 * accepted recipient is counted ({@link MailCounts}) and timed with {@link System#nanoTime()} while GreenMail
 * handles the DATA command, before it answers 250; the message itself is dropped, so 100,000 mails cost no
 * memory. A mail whose subject carries a need's marker ({@link #marker(long)}, in the need's title) is
 * handed to whoever awaits that need.
 */
final class TimedMailSink implements AutoCloseable {

    private static final Pattern MARKER = Pattern.compile("\\[load (\\d+)\\]");

    private volatile GreenMail greenMail;
    private int port;
    private final MailCounts counts = new MailCounts();
    private volatile MailListener listener = (needNumber, recipient, messageId) -> { };
    private final LongAdder accepted = new LongAdder();
    private final Map<Long, LongConsumer> awaiting = new ConcurrentHashMap<>();

    private TimedMailSink(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static TimedMailSink start() {
        GreenMail greenMail = greenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        TimedMailSink sink = new TimedMailSink(greenMail);
        greenMail.getUserManager().setMessageDeliveryHandler(sink::accept);
        greenMail.start();
        sink.port = greenMail.getSmtp().getPort();
        return sink;
    }

    private static GreenMail greenMail(ServerSetup setup) {
        return new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /**
     * What the sink accepted, mail by mail: the need's number in its subject (-1 if none), the recipient and the
     * Message-ID (null if none).
     */
    interface MailListener {
        void accepted(long needNumber, String recipient, @Nullable String messageId);
    }

    void listen(MailListener listener) {
        this.listener = listener;
    }

    /** The mail server goes away (its port refuses connections) until {@link #comeBack()}. */
    void goAway() {
        greenMail.stop();
    }

    /** The mail server listens again on the port it had. */
    void comeBack() {
        GreenMail again = greenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        again.getUserManager().setMessageDeliveryHandler(this::accept);
        again.start();
        greenMail = again;
    }

    /** The text a need's title carries so that its mails can be told apart: {@code [load 42]}. */
    static String marker(long needNumber) {
        return "[load " + needNumber + "]";
    }

    static long needNumberIn(@Nullable String subject) {
        if (subject == null) {
            return -1;
        }
        Matcher matcher = MARKER.matcher(subject);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    int port() {
        return port;
    }

    MailCounts counts() {
        return counts;
    }

    long accepted() {
        return accepted.sum();
    }

    /** {@code onMail} gets the nanoTime of every mail accepted for the need, until {@link #forget}. */
    void await(long needNumber, LongConsumer onMail) {
        awaiting.put(needNumber, onMail);
    }

    void forget(long needNumber) {
        awaiting.remove(needNumber);
    }

    private GreenMailUser accept(MovingMessage message, MailAddress recipient) throws MessagingException {
        long now = System.nanoTime();
        counts.accepted(recipient.getEmail());
        accepted.increment();
        MimeMessage mime = message.getMessage();
        long need = needNumberIn(mime == null ? null : mime.getSubject());
        listener.accepted(need, recipient.getEmail(), mime == null ? null : mime.getMessageID());
        if (need >= 0) {
            LongConsumer onMail = awaiting.get(need);
            if (onMail != null) {
                onMail.accept(now);
            }
        }
        return DroppingUser.INSTANCE;
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    /** A mailbox that keeps nothing: the sink counts, it does not store. */
    private enum DroppingUser implements GreenMailUser {
        INSTANCE;

        @Override
        public String getEmail() {
            return "sink@load.test";
        }

        @Override
        public String getLogin() {
            return "sink";
        }

        @Override
        public void deliver(MovingMessage msg) {
            // dropped on purpose
        }

        @Override
        public void deliver(MimeMessage msg) {
            // dropped on purpose
        }

        @Override
        public void create() {
        }

        @Override
        public void delete() {
        }

        @Override
        public String getPassword() {
            return "";
        }

        @Override
        public void setPassword(String password) {
        }

        @Override
        public void authenticate(String password) {
        }

        @Override
        public String getQualifiedMailboxName() {
            return "sink";
        }
    }
}
