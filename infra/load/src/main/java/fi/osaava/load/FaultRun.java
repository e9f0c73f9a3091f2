package fi.osaava.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.Service;

/**
 * The fault scenarios on a running stack, one after another: a steady load of needs, each matching every
 * subscriber of the run, and one fault in the middle of it; then the wait until every owed mail has arrived, and the
 * count. The row of a scenario counts the needs posted while it ran.
 */
final class FaultRun {

    static final String AREA = "rehabilitation";
    static final String REGION = "11";
    private static final Duration SETTLE = Duration.ofSeconds(5);

    /** One fault: what it does to the stack, and what "recovered" means for it. */
    record Scenario(String name, String what, Fault fault) {
    }

    interface Fault {
        /** Does the fault and undoes it; returns when what was taken away is back. */
        void inject(LocalStack stack, FaultRun run) throws InterruptedException;
    }

    record Row(Scenario scenario, FaultLedger.Tally tally, Duration recovery, String notes) {
    }

    private final LocalStack stack;
    private final TimedMailSink sink;
    private final WebhookReceiver receiver;
    private final FaultLedger ledger;
    private final OsaavaApi api;
    private final Consumer<String> progress;
    private final Set<String> subscribers = new LinkedHashSet<>();
    private final AtomicLong nextNeed = new AtomicLong(1);
    private final List<String> poisonKeys = new CopyOnWriteArrayList<>();
    private final List<SeatRace.Result> seatRaces = new CopyOnWriteArrayList<>();
    private ClientCredentials reporter;

    FaultRun(LocalStack stack, TimedMailSink sink, WebhookReceiver receiver, FaultLedger ledger,
             Consumer<String> progress) {
        this.stack = stack;
        this.sink = sink;
        this.receiver = receiver;
        this.ledger = ledger;
        this.api = new OsaavaApi(stack);
        this.progress = progress;
    }

    /**
     * A reporting organisation with a client, and {@code count} e-mail subscribers and {@code webhooks} webhook
     * subscribers (of another organisation: a reporter is not alerted about its own needs) to its needs' area and
     * region.
     */
    void setUp(int count, int webhooks) {
        String organisation = api.registerOrganisation("Vikasietoisuus Oy", OsaavaApi.businessId(7_000_001), REGION);
        reporter = api.createClient(organisation);
        String subscriberOrganisation = api.registerOrganisation("Vikasietoisuuden tilaajat Oy",
                OsaavaApi.businessId(7_000_002), REGION);
        for (String recipient : OsaavaApi.recipients(0, count)) {
            api.subscribe(subscriberOrganisation, recipient, AREA, REGION);
            subscribers.add(recipient);
        }
        for (int i = 0; i < webhooks; i++) {
            String endpoint = receiver.endpoint("w" + i);
            receiver.secret(endpoint, api.subscribeWebhook(subscriberOrganisation, endpoint, AREA, REGION));
            subscribers.add(webhookRecipient(java.net.URI.create(endpoint).getPath()));
        }
        // the first need proves the path end to end (and warms it up) before any fault
        long need = post();
        if (!awaitMails(List.of(need), Duration.ofSeconds(120))) {
            throw new LoadException("the first need's mails did not all arrive within 120 s: the path does not work");
        }
        progress.accept("set up: " + count + " e-mail and " + webhooks
                + " webhook subscribers, the first need's mails and webhook calls all arrived");
    }

    /** Runs one scenario: load, the fault, load, then waits for the owed mails. */
    Row run(Scenario scenario, double needsPerSecond, Duration after, Duration drain) throws InterruptedException {
        progress.accept(scenario.name() + ": " + scenario.what());
        int refusedBefore = ledger.refusedSoFar();
        Load load = new Load(needsPerSecond);
        load.start();
        Thread.sleep(SETTLE.toMillis());
        scenario.fault().inject(stack, this);
        long recoveredAt = System.nanoTime();
        List<Long> beforeRecovery = load.posted();
        Thread.sleep(after.toMillis());
        load.stop();
        List<Long> posted = load.posted();
        boolean arrived = awaitMails(posted, drain);
        long last = ledger.lastMailOf(beforeRecovery);
        Duration recovery = Duration.ofNanos(Math.max(0, last - recoveredAt));
        FaultLedger.Tally tally = ledger.tally(posted, ledger.refusedSoFar() - refusedBefore);
        String notes = arrived ? "" : "not all owed mails arrived within " + drain.toSeconds() + " s of the load's end";
        progress.accept(scenario.name() + ": " + tally + ", recovered " + recovery.toMillis() + " ms after the fault ended"
                + (notes.isEmpty() ? "" : "; " + notes));
        return new Row(scenario, tally, recovery, notes);
    }

    /** The ledger's name of a webhook subscriber, by its endpoint's path. */
    static String webhookRecipient(String path) {
        return "webhook " + path;
    }

    TimedMailSink sink() {
        return sink;
    }

    WebhookReceiver receiver() {
        return receiver;
    }

    /** Pre-registrations racing for an offering's seats on every catalogue instance, while the load goes on. */
    void seatRace(int capacity, int organisations, int rounds) throws InterruptedException {
        SeatRace race = new SeatRace(api, stack.serviceUrls(Service.CATALOGUE).size());
        race.setUp(capacity, organisations);
        SeatRace.Result result = race.run(rounds);
        seatRaces.add(result);
        progress.accept("seat race: " + result);
    }

    List<SeatRace.Result> seatRaces() {
        return seatRaces;
    }

    /** Posts one need; the ledger learns what it owes. */
    long post() {
        long number = nextNeed.getAndIncrement();
        try {
            api.publishNeed(reporter, "Vikatesti " + TimedMailSink.marker(number), AREA, REGION);
            ledger.accepted(number, subscribers);
        } catch (LoadException e) {
            if (e.getMessage() != null && e.getMessage().contains(" answered ")
                    || e.getCause() instanceof java.net.ConnectException) {
                ledger.refused(); // the service said no, or nobody listened on its port: nothing owed
            } else {
                ledger.uncertain(number, subscribers); // sent, and no answer: it may have been written
            }
        }
        return number;
    }

    boolean awaitMails(List<Long> needs, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!ledger.allArrived(needs)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LoadRun.pause(200);
        }
        return true;
    }

    /** A record no consumer can read, with a key of its own, on every topic a service consumes. */
    void poisonEveryConsumedTopic() {
        Set<String> topics = consumedTopics();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (String topic : topics) {
                String key = "poison-" + topic;
                // no CloudEvents headers and no JSON: no consumer can read it, whatever types it handles
                producer.send(new ProducerRecord<>(topic, key, "{ this is not an event".getBytes(StandardCharsets.UTF_8)));
                poisonKeys.add(key);
            }
            producer.flush();
        }
        progress.accept("poison records sent to " + topics);
    }

    /** The topics the services' consumer groups read, from the broker. */
    Set<String> consumedTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            Set<String> topics = new java.util.TreeSet<>();
            List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(listing -> listing.groupId()).filter(group -> !group.startsWith("anonymous")).toList();
            admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS).values().forEach(group ->
                    group.members().forEach(member -> member.assignment().topicPartitions()
                            .forEach(partition -> topics.add(partition.topic()))));
            return topics;
        } catch (Exception e) {
            throw new LoadException("could not list the consumed topics: " + e, e);
        }
    }

    /** The dead letters on every service's dead-letter topic: key → how many. */
    Map<String, Integer> deadLetters() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-harness-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, Integer> keys = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(10)).forEach((topic, infos) -> {
                if (topic.endsWith(".dead-letters.v1")) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    keys.merge(String.valueOf(record.key()), 1, Integer::sum);
                }
            }
        }
        return keys;
    }

    List<String> poisonKeys() {
        return poisonKeys;
    }

    /** Aggregates whose outbox still holds events, per service database; and deliveries given up (DEAD). */
    Map<String, Long> leftovers() {
        Map<String, Long> left = new java.util.TreeMap<>();
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            for (Service service : List.of(Service.MEMBERSHIP, Service.CATALOGUE, Service.NEEDS, Service.NOTIFICATION)) {
                String uri = stack.mongoUri(service);
                MongoDatabase database = client.getDatabase(uri.substring(uri.lastIndexOf('/') + 1));
                for (String collection : database.listCollectionNames()) {
                    long pending = database.getCollection(collection).countDocuments(
                            Filters.and(Filters.exists("outbox"), Filters.ne("outbox", List.of())));
                    if (pending > 0) {
                        left.put("outbox " + database.getName() + "." + collection, pending);
                    }
                }
                if (service == Service.NOTIFICATION) {
                    left.put("DEAD deliveries", database.getCollection("deliveries")
                            .countDocuments(new Document("status", "DEAD")));
                    left.put("delivery queue", database.getCollection("delivery-queue").countDocuments());
                }
            }
        }
        return left;
    }

    /** Needs posted at a steady rate on a thread of its own until stopped. */
    private final class Load {
        private final long periodNanos;
        private final List<Long> posted = new CopyOnWriteArrayList<>();
        private final AtomicInteger running = new AtomicInteger(1);
        private final Thread thread;

        Load(double needsPerSecond) {
            this.periodNanos = (long) (1e9 / needsPerSecond);
            this.thread = new Thread(this::loop, "fault-load");
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void loop() {
            long next = System.nanoTime();
            while (running.get() == 1) {
                posted.add(post());
                next += periodNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LoadRun.pause(TimeUnit.NANOSECONDS.toMillis(wait));
                } else {
                    next = System.nanoTime(); // a slow answer (a service away): no burst to catch up
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(0);
            thread.join(TimeUnit.SECONDS.toMillis(90));
        }

        List<Long> posted() {
            return List.copyOf(posted);
        }
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| scenario | what | needs accepted / refused / no answer | mails owed | "
                + "delivered once | lost | duplicated | recovered after | notes |\n|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            FaultLedger.Tally t = row.tally();
            out.append(String.format(Locale.ROOT, "| %s | %s | %d / %d / %d | %d | %d | %d | %d | %.1f s | %s |%n",
                    row.scenario().name(), row.scenario().what(), t.accepted(), t.refused(), t.uncertain(), t.owed(),
                    t.deliveredOnce(), t.lost(), t.duplicated(), row.recovery().toMillis() / 1000.0, row.notes()));
        }
        return out.toString();
    }
}
