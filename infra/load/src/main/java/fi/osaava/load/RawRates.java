package fi.osaava.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The machine's own ceiling in the same run, for the ratios: the broker, the store and the SMTP sink measured
 * without any service in between. Each is bounded by its count.
 */
final class RawRates {

    static final String SCRATCH_TOPIC = "load.scratch.v1";
    static final String SCRATCH_DATABASE = "load-scratch";
    static final String RAW_DOMAIN = "@raw.test";
    private static final int PAYLOAD_BYTES = 500;

    private RawRates() {
    }

    /** {@code records} × 500 B, acks=all, to a scratch topic; records/s from the first send to the last ack. */
    static double kafka(String bootstrapServers, int records) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        byte[] payload = new byte[PAYLOAD_BYTES];
        java.util.Arrays.fill(payload, (byte) 'x');
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties)) {
            producer.send(new ProducerRecord<>(SCRATCH_TOPIC, "warm-up", payload)).get(30, TimeUnit.SECONDS);
            AtomicInteger failed = new AtomicInteger();
            long began = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(SCRATCH_TOPIC, Integer.toString(i), payload), (metadata, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
            long took = System.nanoTime() - began;
            if (failed.get() > 0) {
                throw new LoadException(failed.get() + " of " + records + " raw Kafka records were not acknowledged");
            }
            return perSecond(records, took);
        } catch (Exception e) {
            throw e instanceof LoadException load ? load : new LoadException("raw Kafka producer: " + e, e);
        }
    }

    /** {@code documents} of 500 B with insertMany in batches of 1,000 into a scratch database, which is dropped after. */
    static double store(String mongoUri, int documents) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoDatabase database = client.getDatabase(SCRATCH_DATABASE);
            MongoCollection<Document> collection = database.getCollection("raw");
            String filler = "x".repeat(PAYLOAD_BYTES - 40);
            long began = System.nanoTime();
            for (int first = 0; first < documents; first += 1_000) {
                List<Document> batch = new ArrayList<>(1_000);
                for (int i = first; i < Math.min(documents, first + 1_000); i++) {
                    batch.add(new Document("_id", i).append("payload", filler));
                }
                collection.insertMany(batch);
            }
            long took = System.nanoTime() - began;
            database.drop();
            return perSecond(documents, took);
        }
    }

    /** {@code mails} to the sink over {@code connections} SMTP connections kept open (one per thread). */
    static double sink(int smtpPort, int mails, int connections) {
        ExecutorService senders = Executors.newFixedThreadPool(connections);
        try {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", Integer.toString(smtpPort));
            Session session = Session.getInstance(properties);
            List<Future<?>> sent = new ArrayList<>();
            long began = System.nanoTime();
            for (int c = 0; c < connections; c++) {
                int connection = c;
                int share = mails / connections + (c < mails % connections ? 1 : 0);
                sent.add(senders.submit(() -> {
                    send(session, connection, share);
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get(10, TimeUnit.MINUTES);
            }
            return perSecond(mails, System.nanoTime() - began);
        } catch (Exception e) {
            throw new LoadException("raw SMTP sends: " + e, e);
        } finally {
            senders.shutdownNow();
        }
    }

    private static void send(Session session, int connection, int mails) throws MessagingException {
        String body = "A mail of about the size of an alert. ".repeat(60);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < mails; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("raw@load.test"));
                InternetAddress to = new InternetAddress("raw" + connection + RAW_DOMAIN);
                message.setRecipient(Message.RecipientType.TO, to);
                message.setSubject("raw " + connection + "/" + i);
                message.setText(body, "UTF-8");
                message.saveChanges();
                transport.sendMessage(message, new InternetAddress[] {to});
            }
        }
    }

    static double perSecond(long count, long nanos) {
        return nanos <= 0 ? 0 : count * 1e9 / nanos;
    }
}
