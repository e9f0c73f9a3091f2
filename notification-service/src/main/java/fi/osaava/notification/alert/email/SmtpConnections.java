package fi.osaava.notification.alert.email;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * The connections to one SMTP server, kept open as a mail system keeps them: each sends one mail after
 * another, up to {@link SmtpProperties#connections()} of them at once. A kept connection is checked (NOOP)
 * before it sends again, so one the server closed meanwhile is replaced; one that failed a send is closed,
 * whatever the failure (the next mail opens a new one); an unused one is closed after
 * {@link SmtpProperties#idleTimeout()}; all are closed on shutdown.
 *
 * <p>Host, port, credentials and the session's settings (timeouts, TLS) are {@code spring.mail.*}'s, taken from
 * the sender Spring Boot made. Failures come out as that sender's do: {@link MailAuthenticationException}, or
 * {@link MailSendException} for a connection that failed or a mail the server refused.
 */
final class SmtpConnections implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnections.class);

    /** Longer than a send takes; a sender kept waiting longer fails the attempt, and the delivery log retries. */
    static final Duration CONNECTION_WAIT = Duration.ofSeconds(10);
    /** A connection returned this recently after a mail is reused without a NOOP first. */
    static final Duration RECENTLY = Duration.ofMillis(500);

    /**
     * Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader for every multipart and body part it makes
     * or writes (jakartaee/mail-api#699 and #861, fixed only in 2.2): in a Spring Boot jar that scan was half of the
     * dispatchers' CPU (a profile of a fan-out). Named as a system property, it is instantiated directly instead.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final String server;
    private final GenericObjectPool<Transport> pool;
    private final Counter opened;
    private final int maxConnections;
    /**
     * The connections lent out now without a NOOP first, because they sent a mail moments ago: the pool's check
     * decides, and a failed send asks this set, so both go by the one decision made at the borrow.
     */
    private final Set<Transport> lentUnchecked = ConcurrentHashMap.newKeySet();

    SmtpConnections(JavaMailSenderImpl mail, SmtpProperties properties, MeterRegistry meters) {
        this.server = serverOf(mail);
        this.opened = Counter.builder("osaava.smtp.connections.opened")
                .description("SMTP connections opened (a connection sends many mails)")
                .tag("server", server).register(meters);
        this.maxConnections = properties.connections();
        this.pool = new GenericObjectPool<>(new Connector(mail, opened, lentUnchecked), config(properties));
        Gauge.builder("osaava.smtp.connections.active", pool, GenericObjectPool::getNumActive)
                .description("SMTP connections sending a mail now").tag("server", server).register(meters);
        Gauge.builder("osaava.smtp.connections.idle", pool, GenericObjectPool::getNumIdle)
                .description("SMTP connections open and waiting for the next mail").tag("server", server)
                .register(meters);
    }

    /** {@code host:port}, as the rate limiter and circuit breaker of this server are named. */
    String server() {
        return server;
    }

    /**
     * Sends the message to its recipients over a kept connection; throws if any recipient was refused. A connection
     * reused without a check (it sent a mail moments ago) that fails before the server took the mail is discarded
     * and the mail goes over another one, as the check would have done.
     */
    void send(MimeMessage message) {
        prepare(message);
        for (int tries = 1; ; tries++) {
            Transport connection = borrow();
            boolean unchecked = lentUnchecked.remove(connection);
            try {
                connection.sendMessage(message, message.getAllRecipients());
            } catch (SendFailedException refused) {
                // a refused recipient may leave the server mid-transaction: start over on a new connection
                discard(connection);
                throw new MailSendException(Map.of(message, refused));
            } catch (MessagingException | RuntimeException e) {
                discard(connection);
                if (unchecked && tries <= maxConnections) {
                    continue; // closed by the server since its last mail (idle limit, restart): another connection
                }
                throw new MailSendException(Map.of(message, e));
            }
            pool.returnObject(connection);
            return;
        }
    }

    long opened() {
        return (long) opened.count();
    }

    int active() {
        return pool.getNumActive();
    }

    int idle() {
        return pool.getNumIdle();
    }

    /** Closes the idle connections now and the ones sending as soon as they are done. */
    @Override
    public void close() {
        pool.close();
    }

    /** What {@link JavaMailSenderImpl} does before sending, so a mail is the same as it was without the pool. */
    private static void prepare(MimeMessage message) {
        try {
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    private Transport borrow() {
        try {
            return pool.borrowObject();
        } catch (AuthenticationFailedException e) {
            throw new MailAuthenticationException(e);
        } catch (Exception e) {
            throw new MailSendException("Mail server connection failed", e);
        }
    }

    private void discard(Transport connection) {
        lentUnchecked.remove(connection);
        try {
            pool.invalidateObject(connection);
        } catch (Exception e) {
            log.debug("Could not close a failed connection to {}", server, e);
        }
    }

    private static GenericObjectPoolConfig<Transport> config(SmtpProperties properties) {
        GenericObjectPoolConfig<Transport> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(properties.connections());
        config.setMaxIdle(properties.connections());
        config.setMinIdle(0);
        config.setMaxWait(CONNECTION_WAIT);
        // the check a mail system makes before it reuses a connection; a failed one is replaced at once
        config.setTestOnBorrow(true); // a NOOP only after a pause (see validateObject)
        config.setMinEvictableIdleDuration(properties.idleTimeout());
        config.setTimeBetweenEvictionRuns(properties.idleTimeout().dividedBy(2));
        config.setNumTestsPerEvictionRun(properties.connections());
        config.setJmxEnabled(false);
        return config;
    }

    static String serverOf(JavaMailSenderImpl mail) {
        String host = mail.getHost() == null ? "localhost" : mail.getHost();
        int port = mail.getPort() > 0 ? mail.getPort() : "smtps".equals(mail.getProtocol()) ? 465 : 25;
        return host + ":" + port;
    }

    /** Opens connections as {@link JavaMailSenderImpl} does, and counts them. */
    private static final class Connector extends BasePooledObjectFactory<Transport> {

        private final Session session;
        private final String protocol;
        private final @Nullable String host;
        private final int port;
        private final @Nullable String username;
        private final @Nullable String password;
        private final Counter opened;
        private final Set<Transport> lentUnchecked;

        Connector(JavaMailSenderImpl mail, Counter opened, Set<Transport> lentUnchecked) {
            this.session = mail.getSession();
            String configured = mail.getProtocol() != null ? mail.getProtocol()
                    : session.getProperty("mail.transport.protocol");
            this.protocol = configured == null ? "smtp" : configured;
            this.host = mail.getHost();
            this.port = mail.getPort();
            // an empty user name (from a placeholder) means none
            boolean anonymous = mail.getUsername() == null || mail.getUsername().isEmpty();
            this.username = anonymous ? null : mail.getUsername();
            this.password = anonymous && "".equals(mail.getPassword()) ? null : mail.getPassword();
            this.opened = opened;
            this.lentUnchecked = lentUnchecked;
        }

        @Override
        public Transport create() throws MessagingException {
            Transport transport = session.getTransport(protocol);
            transport.connect(host, port, username, password);
            opened.increment();
            return transport;
        }

        @Override
        public PooledObject<Transport> wrap(Transport transport) {
            return new DefaultPooledObject<>(transport);
        }

        /**
         * For SMTP a NOOP to the server: false when it does not answer, or answers 421 (closing). A connection that
         * sent a mail less than {@link #RECENTLY} ago is taken as it is: under load that saves a round trip per mail,
         * and a connection the server closed meanwhile fails its send, is discarded, and the retry takes another.
         */
        @Override
        public boolean validateObject(PooledObject<Transport> connection) {
            if (connection.getBorrowedCount() > 0 && connection.getIdleDuration().compareTo(RECENTLY) < 0) {
                if (connection.getBorrowedCount() > 1) {
                    lentUnchecked.add(connection.getObject()); // it has sent before: its send may find it closed
                }
                return true;
            }
            lentUnchecked.remove(connection.getObject());
            return connection.getObject().isConnected();
        }

        @Override
        public void destroyObject(PooledObject<Transport> connection) {
            try {
                connection.getObject().close();
            } catch (MessagingException e) {
                log.debug("Closing an SMTP connection failed", e);
            }
        }
    }
}
