package fi.osaava.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/** The infrastructure half of the stack (no services): mail in and out, Kafka round trip, data across restarts. */
class LocalStackInfrastructureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void infrastructureWorksAndKeepsItsDataAcrossRestartsOfTheBrokerTheStoreAndTheStack(@TempDir Path dataDir, @TempDir Path stackDir) throws Exception {
        StackSettings settings = StackSettings.withRandomPorts(dataDir)
                .withStackDir(stackDirWithGreenMail(stackDir))
                .withoutServices();
        String id = UUID.randomUUID().toString();
        long greenMailPid;

        try (LocalStack stack = new LocalStack(settings).start()) {
            assertThat(stack.isRunning()).isTrue();
            greenMailPid = stack.faults().greenMailPid();

            sendMail(stack.smtpPort(), "koulutus@demo.osaava.fi", "Uusi osaamistarve " + id);
            assertThat(awaitMessages(stack.mailMessagesUrl("koulutus@demo.osaava.fi"), 1))
                    .anySatisfy(message -> assertThat(message.get("subject").asText()).isEqualTo("Uusi osaamistarve " + id));

            assertThat(kafkaRoundTrip(stack.kafkaBootstrapServers(), "local-stack.smoke", id)).isEqualTo("hei " + id);

            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                collection(client).insertOne(new Document("_id", id).append("text", "säilyy uudelleenkäynnistyksen yli"));
            }

            // the fault levers: the broker and the store go away and come back with what they had
            long brokerPid = stack.faults().kafkaPid();
            stack.faults().stopKafka();
            assertThat(stack.faults().isKafkaAlive()).isFalse();
            assertThat(ProcessHandle.of(brokerPid).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
            stack.faults().startKafkaAgain();
            assertThat(kafkaFind(stack.kafkaBootstrapServers(), "local-stack.smoke", id)).isEqualTo("hei " + id);
            stack.faults().stopStore();
            stack.faults().startStoreAgain();
            try (MongoClient client = MongoClients.create(stack.mongoUri())) {
                assertThat(collection(client).find(Filters.eq("_id", id)).first()).isNotNull();
            }
        }
        assertThat(dataDir.resolve("kafka/meta.properties")).as("Kafka's log in the data dir").isRegularFile();

        assertThat(ProcessHandle.of(greenMailPid).map(ProcessHandle::isAlive)).isIn(Optional.empty(), Optional.of(false));
        assertThat(dataDir.resolve("mongo.mv")).isRegularFile();
        assertThat(dataDir.resolve("logs/greenmail.log")).isRegularFile();

        try (LocalStack again = new LocalStack(settings).start();
             MongoClient client = MongoClients.create(again.mongoUri())) {
            Document kept = collection(client).find(Filters.eq("_id", id)).first();
            assertThat(kept).isNotNull();
            assertThat(kept.getString("text")).isEqualTo("säilyy uudelleenkäynnistyksen yli");
            assertThat(get(again.mailApiUrl().resolve("/api/service/readiness")).statusCode()).isEqualTo(200);
            // topics and records too: Kafka's log is kept in the data dir
            assertThat(kafkaFind(again.kafkaBootstrapServers(), "local-stack.smoke", id)).isEqualTo("hei " + id);
        }
    }

    @Test
    void failsFastWithAClearMessageWhenTheJarsAreMissing(@TempDir Path dataDir, @TempDir Path emptyStackDir) {
        LocalStack stack = new LocalStack(StackSettings.withRandomPorts(dataDir).withStackDir(emptyStackDir));

        assertThatThrownBy(stack::start)
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("membership-service.jar")
                .hasMessageContaining("greenmail-standalone.jar")
                .hasMessageContaining("mvnw");
        assertThat(stack.isRunning()).isFalse();
    }

    @Test
    void defaultsUseTheWellKnownPorts() {
        StackSettings defaults = StackSettings.defaults();

        assertThat(defaults.kafkaPort()).isEqualTo(9092);
        assertThat(defaults.mongoPort()).isEqualTo(27017);
        assertThat(defaults.smtpPort()).isEqualTo(3025);
        assertThat(defaults.imapPort()).isEqualTo(3143);
        assertThat(defaults.mailApiPort()).isEqualTo(8025);
        assertThat(defaults.servicePorts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Service.MEMBERSHIP, 8081, Service.CATALOGUE, 8082, Service.NEEDS, 8083, Service.NOTIFICATION, 8084,
                Service.PORTAL, 8080));
        assertThat(defaults.dataDir()).isEqualTo(Path.of(".osaava-data").toAbsolutePath());
        assertThat(defaults.mongoFile().getFileName()).hasToString("mongo.mv");
    }

    // ---- helpers

    /** The test phase runs before the package phase fills target/stack, so take the jar from the test classpath. */
    private static Path stackDirWithGreenMail(Path dir) throws IOException {
        URL runner = ClassLoader.getSystemResource("com/icegreen/greenmail/standalone/GreenMailStandaloneRunner.class");
        assertThat(runner).as("greenmail-standalone on the test classpath").isNotNull();
        String url = runner.toString(); // jar:file:/…/greenmail-standalone-2.x.jar!/com/…
        Path jar = Path.of(URI.create(url.substring("jar:".length(), url.indexOf("!/"))));
        Files.copy(jar, dir.resolve(StackSettings.GREENMAIL_JAR));
        return dir;
    }

    private static void sendMail(int smtpPort, String to, String subject) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", smtpPort)) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, "EHLO localhost");
            expect(in, "250");
            command(out, "MAIL FROM:<local-stack-test@demo.osaava.fi>");
            expect(in, "250");
            command(out, "RCPT TO:<" + to + ">");
            expect(in, "250");
            command(out, "DATA");
            expect(in, "354");
            command(out, "From: local-stack-test@demo.osaava.fi\r\nTo: " + to + "\r\nSubject: " + subject
                    + "\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nHello from the local stack test.\r\n.");
            expect(in, "250");
            command(out, "QUIT");
            expect(in, "221");
        }
    }

    private static void command(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one (possibly multi-line: {@code 250-…}) SMTP reply and checks its code. */
    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            assertThat(line).as("SMTP reply").isNotNull().startsWith(code);
        } while (line.length() > 3 && line.charAt(3) == '-');
    }

    private List<JsonNode> awaitMessages(URI url, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            HttpResponse<String> response = get(url);
            if (response.statusCode() == 200) {
                JsonNode messages = JSON.readTree(response.body());
                if (messages.isArray() && messages.size() >= atLeast) {
                    return List.copyOf(iterable(messages));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no mail at " + url + ": " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(200);
        }
    }

    private static List<JsonNode> iterable(JsonNode array) {
        java.util.ArrayList<JsonNode> all = new java.util.ArrayList<>();
        array.forEach(all::add);
        return all;
    }

    private HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String kafkaRoundTrip(String bootstrap, String topic, String key) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, "hei " + key)).get(20, TimeUnit.SECONDS);
        }
        return kafkaFind(bootstrap, topic, key);
    }

    private static String kafkaFind(String bootstrap, String topic, String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("the record did not come back from " + topic);
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("osaava-local-stack-test").getCollection("kept");
    }
}
