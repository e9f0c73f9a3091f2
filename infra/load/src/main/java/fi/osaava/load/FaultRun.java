package fi.osaava.load;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import fi.osaava.localstack.ClientCredentials;
import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.Service;

/**
 * The fault scenarios on a running stack, one after another: a steady load of writes to three services in turn (a
 * need to needs-service, an offering to catalogue-service, a meeting to membership-service), each matching every
 * subscriber of the run, and subscriptions made and removed beside them (notification-service); one fault in the
 * middle of it; then the wait until every owed mail and webhook call has arrived, and the count. The row of a
 * scenario counts the writes made while it ran.
 */
final class FaultRun {

    static final String AREA = "rehabilitation";
    static final String REGION = "11";
    /** A region no subscriber of the run follows (Etelä-Savo). */
    static final String OTHER_REGION = "10";
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** After the drain window, the wait goes on while mails keep coming: at least one every this long. */
    static final Duration STALL = Duration.ofSeconds(90);
    /** ... and at most this much longer. */
    static final Duration LATE = Duration.ofSeconds(300);
    /** A subscription change every this many writes. */
    private static final int CHURN_EVERY = 8;

    /** One fault: what it does to the stack, and what "recovered" means for it. */
    record Scenario(String name, String what, Fault fault) {
    }

    interface Fault {
        /** Does the fault and undoes it; returns when what was taken away is back. */
        void inject(LocalStack stack, FaultRun run) throws InterruptedException;
    }

    /**
     * {@code allArrived}: every owed mail came, in the drain window or in the wait after it while they still came (a
     * slow machine: a figure and a note, not a problem).
     */
    record Row(Scenario scenario, FaultLedger.Tally tally, Duration recovery, String notes, List<Long> writes,
               boolean allArrived) {

        /** Counted again at the end of the run: a copy that came after the scenario's own count is in it too. */
        Row countedAgain(FaultLedger ledger) {
            return new Row(scenario, ledger.tally(writes, tally.refused()), recovery, notes, writes, allArrived);
        }

    }

    private final LocalStack stack;
    private final TimedMailSink sink;
    private final WebhookReceiver receiver;
    private final AlertTopicReader alertTopic;
    private final FaultLedger ledger;
    private final OsaavaApi api;
    private final Consumer<String> progress;
    /** Subscribed to needs and offerings in the area and region (e-mail and webhook). */
    private final Set<String> subscribers = new LinkedHashSet<>();
    /** Subscribed to meetings in the region (e-mail). */
    private final Set<String> meetingSubscribers = new LinkedHashSet<>();
    private final Churn churn;
    private String subscriberOrganisation;
    private String ecosystem;
    private final AtomicLong nextNeed = new AtomicLong(1);
    private final PoisonRecords poison;
    private final List<SeatRace.Result> seatRaces = new CopyOnWriteArrayList<>();
    private ClientCredentials reporter;

    FaultRun(LocalStack stack, TimedMailSink sink, WebhookReceiver receiver, AlertTopicReader alertTopic,
             FaultLedger ledger, Consumer<String> progress) {
        this.stack = stack;
        this.sink = sink;
        this.receiver = receiver;
        this.alertTopic = alertTopic;
        this.churn = new Churn(ledger);
        this.ledger = ledger;
        this.api = new OsaavaApi(stack);
        this.poison = new PoisonRecords(stack, progress);
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
        subscriberOrganisation = api.registerOrganisation("Vikasietoisuuden tilaajat Oy",
                OsaavaApi.businessId(7_000_002), REGION);
        ecosystem = api.foundEcosystem("vikasietoisuus", REGION, organisation);
        for (String recipient : OsaavaApi.recipients(0, count)) {
            api.subscribe(subscriberOrganisation, "EMAIL", recipient, NEEDS_AND_OFFERINGS, AREA, REGION);
            subscribers.add(recipient);
            api.subscribe(subscriberOrganisation, "EMAIL", recipient, List.of("MEETING_SCHEDULED"), null, REGION);
            meetingSubscribers.add(recipient);
        }
        for (int i = 0; i < webhooks; i++) {
            String endpoint = receiver.endpoint("w" + i);
            receiver.secret(endpoint, api.subscribe(subscriberOrganisation, "WEBHOOK", endpoint, NEEDS_AND_OFFERINGS,
                    AREA, REGION).path("secret").asText());
            subscribers.add(webhookRecipient(java.net.URI.create(endpoint).getPath()));
        }
        // a system that consumes the alerts topic (the Kafka channel)
        String kafka = api.subscribe(subscriberOrganisation, "KAFKA", null, NEEDS_AND_OFFERINGS, AREA, REGION)
                .path("id").asText();
        alertTopic.watch(kafka);
        subscribers.add(kafkaRecipient(kafka));
        // a write of each kind proves its path end to end (and warms it up) before any fault
        int refusedBefore = ledger.refusedSoFar();
        List<Long> first = List.of(post(), post(), post());
        if (ledger.refusedSoFar() > refusedBefore) {
            throw new LoadException("a first need, offering or meeting was refused (see above): a path does not work");
        }
        if (!awaitMails(first, Duration.ofSeconds(120))) {
            throw new LoadException("the first need's, offering's and meeting's alerts did not all arrive within 120 s:"
                    + " a path does not work");
        }
        progress.accept("set up: " + count + " e-mail, " + webhooks + " webhook and 1 Kafka-channel subscribers;"
                + " the first need's, offering's and meeting's alerts all arrived");
    }

    /** Runs one scenario: load, the fault, load, then waits for the owed mails. */
    Row run(Scenario scenario, double needsPerSecond, Duration after, Duration drain) throws InterruptedException {
        progress.accept(scenario.name() + ": " + scenario.what());
        churn.newScenario();
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
        long drainBegan = System.nanoTime();
        boolean arrived = awaitMails(posted, drain);
        String notes = "";
        boolean allArrived = arrived;
        if (!arrived) {
            // A slow machine, not a loss while mails still come: the next scenario's churn removals would cancel what
            // is still owed to this one's churn subscribers (as a removal must), and the ledger would count it lost.
            boolean late = awaitMailsWhileComing(posted, drainBegan, STALL, LATE);
            allArrived = late;
            notes = "not all owed mails arrived within " + drain.toSeconds() + " s of the load's end; "
                    + (late ? "the rest within " + Duration.ofNanos(System.nanoTime() - drainBegan).toSeconds() + " s"
                    : "not all within " + Duration.ofNanos(System.nanoTime() - drainBegan).toSeconds()
                    + " s either (the wait went on while at least one came every " + STALL.toSeconds() + " s)");
        }
        long last = ledger.lastMailOf(beforeRecovery);
        Duration recovery = Duration.ofNanos(Math.max(0, last - recoveredAt));
        ledger.settle(posted);
        FaultLedger.Tally tally = ledger.tally(posted, ledger.refusedSoFar() - refusedBefore);
        progress.accept(scenario.name() + ": " + tally + ", recovered " + recovery.toMillis() + " ms after the fault ended"
                + (notes.isEmpty() ? "" : "; " + notes));
        ledger.faults(posted, 20).forEach(line -> progress.accept("  " + line));
        return new Row(scenario, tally, recovery, notes, posted, allArrived);
    }

    /** The ledger's name of a Kafka-channel subscriber, by its subscription's id (the alert records' key). */
    static String kafkaRecipient(String subscriptionId) {
        return "kafka " + subscriptionId;
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

    /** The poison scenario's records, and at the end their check. */
    PoisonRecords poison() {
        return poison;
    }

    /** A write or subscription change slower than this is reported: it held the load back. */
    private static final Duration SLOW_REQUEST = Duration.ofSeconds(2);

    static final List<String> NEEDS_AND_OFFERINGS = List.of("NEED_PUBLISHED", "OFFERING_PUBLISHED");

    /** Writes a need, an offering or a meeting, in turn; the ledger learns what it owes. */
    long post() {
        long number = nextNeed.getAndIncrement();
        String title = "Vikatesti " + TimedMailSink.marker(number);
        int kind = (int) (number % 3);
        long sent = System.nanoTime();
        try {
            switch (kind) {
                case 1 -> api.publishNeed(reporter, title, AREA, REGION);
                case 2 -> api.publishOffering(reporter, title, AREA, REGION);
                default -> api.scheduleMeeting(ecosystem, title);
            }
            if (kind == 0) {
                ledger.accepted(number, meetingSubscribers);
            } else {
                Churn.Owed owed = churn.owed(sent);
                ledger.accepted(number, subscribers, owed.maybe());
                ledger.owedIfStillSubscribed(number, owed.owedIfStillSubscribed());
                ledger.forbid(number, owed.forbidden());
            }
        } catch (LoadException e) {
            if (e.getMessage() != null && e.getMessage().contains(" answered ")
                    || e.getCause() instanceof java.net.ConnectException) {
                ledger.refused(); // the service said no, or nobody listened on its port: nothing owed
                refusal(kind, e);
            } else if (kind == 0) {
                ledger.uncertain(number, meetingSubscribers); // sent, and no answer: it may have been written
            } else {
                Churn.Owed owed = churn.owed(sent);
                ledger.uncertain(number, subscribers, owed.maybe());
                ledger.owedIfStillSubscribed(number, owed.owedIfStillSubscribed());
                ledger.forbid(number, owed.forbidden());
            }
        }
        return number;
    }

    private final Set<String> refusalsSeen = ConcurrentHashMap.newKeySet();

    /** Says why a kind of write was refused, once per kind and reason, so that a run full of refusals shows why. */
    private void refusal(int kind, LoadException e) {
        String what = switch (kind) {
            case 1 -> "a need";
            case 2 -> "an offering";
            default -> "a meeting";
        };
        String reason = String.valueOf(e.getMessage());
        String key = what + " " + reason.replaceAll("[0-9a-f-]{36}|\\d+", "#");
        if (refusalsSeen.size() < 50 && refusalsSeen.add(key)) {
            progress.accept("refused " + what + ": " + (reason.length() > 300 ? reason.substring(0, 300) : reason));
        }
    }

    /**
     * One churn step, on whichever notification instance is next: at the first step of a scenario, removes every
     * subscription the churn made in the scenario before (whose alerts have all arrived by then); else subscribes the
     * next churn recipient to needs and offerings.
     */
    void churn() {
        Churn.Step step = churn.next();
        if (step.subscribe()) {
            String recipient = step.recipients().get(0);
            try {
                String id = api.subscribe(subscriberOrganisation, "EMAIL", recipient, NEEDS_AND_OFFERINGS, AREA,
                        REGION).path("id").asText();
                churn.subscribed(recipient, id);
            } catch (LoadException e) {
                churn.unknown(recipient);
                progress.accept("a subscription change failed (" + recipient + "): " + e.getMessage());
            }
            return;
        }
        for (String recipient : step.recipients()) {
            try {
                api.unsubscribe(churn.subscriptionId(recipient));
                churn.unsubscribed(recipient);
            } catch (LoadException e) {
                churn.unknown(recipient);
                progress.accept("a subscription removal failed (" + recipient + "): " + e.getMessage());
            }
        }
    }

    boolean awaitMails(List<Long> needs, Duration within) {
        return Deadline.in(within).await(() -> ledger.allArrived(needs), Duration.ofMillis(200));
    }

    /**
     * Whether all owed mails of {@code needs} arrived, waiting while they keep coming: until none of them came for
     * {@code stall} (counted from the latest mail, or from {@code since}), or {@code atMost} has passed.
     */
    boolean awaitMailsWhileComing(List<Long> needs, long since, Duration stall, Duration atMost) {
        Deadline ceiling = Deadline.in(atMost);
        while (!ledger.allArrived(needs)) {
            long latest = Math.max(since, ledger.lastMailOf(needs));
            if (ceiling.passed() || System.nanoTime() - latest >= stall.toNanos()) {
                return false;
            }
            Deadline.pause(200);
        }
        return true;
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
            long ticks = 0;
            while (running.get() == 1) {
                long began = System.nanoTime();
                if (ticks++ % CHURN_EVERY == CHURN_EVERY - 1) {
                    churn();
                    slow("a subscription change", began);
                }
                long postBegan = System.nanoTime();
                long number = post();
                posted.add(number);
                slow(switch ((int) (number % 3)) {
                    case 1 -> "need " + number;
                    case 2 -> "offering " + number;
                    default -> "meeting " + number;
                }, postBegan);
                next += periodNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Deadline.pause(TimeUnit.NANOSECONDS.toMillis(wait));
                } else {
                    next = System.nanoTime(); // a slow answer (a service away): no burst to catch up
                }
            }
        }

        /** Says when a request took long enough to slow the load down (what waited, and how long). */
        private void slow(String what, long began) {
            long took = System.nanoTime() - began;
            if (took > SLOW_REQUEST.toNanos()) {
                progress.accept(what + " took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms");
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
        StringBuilder out = new StringBuilder("| scenario | what | writes accepted / refused / no answer | alerts owed | "
                + "delivered once | lost | duplicated | sent again (same id) | recovered after | notes |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            FaultLedger.Tally t = row.tally();
            out.append(String.format(Locale.ROOT, "| %s | %s | %d / %d / %d | %d | %d | %d | %d | %d | %.1f s | %s |%n",
                    row.scenario().name(), row.scenario().what(), t.accepted(), t.refused(), t.uncertain(), t.owed(),
                    t.deliveredOnce(), t.lost(), t.duplicated(), t.resent(), row.recovery().toMillis() / 1000.0,
                    row.notes()));
        }
        return out.toString();
    }
}
