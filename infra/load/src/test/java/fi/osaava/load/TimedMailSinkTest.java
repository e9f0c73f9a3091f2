package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

class TimedMailSinkTest {

    @Test
    void countsEveryRecipientAndTimesTheMailsOfAnAwaitedNeed() throws Exception {
        try (TimedMailSink sink = TimedMailSink.start()) {
            List<Long> times = new CopyOnWriteArrayList<>();
            sink.await(7, times::add);
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", Integer.toString(sink.port()));
            Session session = Session.getInstance(properties);
            long before = System.nanoTime();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                send(session, transport, "r1@load.test", "New competence need: Load need " + TimedMailSink.marker(7));
                send(session, transport, "r2@load.test", "Uusi osaamistarve: Load need " + TimedMailSink.marker(7));
                send(session, transport, "r1@load.test", "New competence need: Load need " + TimedMailSink.marker(8));
                send(session, transport, "r1@load.test", "something else");
            }

            assertThat(sink.accepted()).isEqualTo(4);
            assertThat(sink.counts().receivedBy("r1@load.test")).isEqualTo(3);
            assertThat(sink.counts().receivedBy("r2@load.test")).isEqualTo(1);
            assertThat(times).hasSize(2).allSatisfy(t -> assertThat(t).isBetween(before, System.nanoTime()));
        }
    }

    @Test
    void findsTheNeedsMarkerInASubject() {
        assertThat(TimedMailSink.needNumberIn("New competence need: Load need [load 123]")).isEqualTo(123);
        assertThat(TimedMailSink.needNumberIn("New competence need: Intake 5")).isEqualTo(-1);
        assertThat(TimedMailSink.needNumberIn(null)).isEqualTo(-1);
    }

    private static void send(Session session, Transport transport, String to, String subject) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alerts@osaava.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("body", "UTF-8");
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }
}
