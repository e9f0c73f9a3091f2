package fi.osaava.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import fi.osaava.localstack.LocalStack;

/**
 * The scenarios of one run, in order, against a started stack whose services send to {@link TimedMailSink}.
 * Every scenario has a deadline; one that does not finish says so with its counts and the run goes on.
 */
final class LoadRun {

    static final String NEEDS_TOPIC = "needs.competence-needs.v1";
    static final String NEED_PUBLISHED = "fi.osaava.needs.competence-need.published.v1";

    /**
     * Recipients that one need's area and region reach, and nothing else: every group has its own top-level
     * area (siblings do not match) and its own region, and no organisation of the run is in an ecosystem, so
     * no subscription is derived from a profile.
     */
    record Group(String name, String area, String region, int firstRecipient, int size) {

        List<String> addresses() {
            return OsaavaApi.recipients(firstRecipient, size);
        }
    }

    static final Group TEN = new Group("10 recipients", "rehabilitation", "19", 0, 10);
    static final Group HUNDRED = new Group("100 recipients", "emergency-care", "18", 100, 100);
    /** Needs of this area and region match no subscription: intake and stored history. */
    static final Group NOBODY = new Group("no recipient", "wellbeing-at-work", "16", 0, 0);

    private final LoadPlan plan;
    private final LocalStack stack;
    private final TimedMailSink sink;
    private final OsaavaApi api;
    private final Report report;
    private final Budget budget;
    private final Consumer<String> progress;
    private final ExecutorService posting;
    private final LoadNeeds needs;
    private final SteadyLoad steady;
    private String subscriberOrganisation = "";

    LoadRun(LoadPlan plan, LocalStack stack, TimedMailSink sink, Report report, Budget budget, Consumer<String> progress) {
        this.plan = plan;
        this.stack = stack;
        this.sink = sink;
        this.api = new OsaavaApi(stack);
        this.report = report;
        this.budget = budget;
        this.progress = progress;
        this.posting = Executors.newFixedThreadPool(plan.connections());
        this.needs = new LoadNeeds(api, sink, progress);
        this.steady = new SteadyLoad(needs, posting, sink, report, plan.drain(), progress);
    }

    Group fanOutGroup() {
        return new Group(String.format(Locale.ROOT, "%,d recipients", plan.fanOut()), "ethics-legislation", "21", 1_000,
                plan.fanOut());
    }

    Group bigFanOutGroup() {
        return new Group(String.format(Locale.ROOT, "%,d recipients", plan.bigFanOut()), "service-design", "17", 200_000,
                plan.bigFanOut());
    }

    // ---- the raw rates

    void rawRates() {
        progress.accept("raw Kafka producer: " + plan.rawKafkaRecords() + " × 500 B, acks=all");
        double kafka = RawRates.kafka(stack.kafkaBootstrapServers(), plan.rawKafkaRecords());
        report.rawKafka(kafka);
        report.rate("raw", "Kafka producer (" + Report.thousands(plan.rawKafkaRecords())
                + " × 500 B, acks=all, one producer)", kafka, "records", false, "",
                "scratch topic " + RawRates.SCRATCH_TOPIC + " of the stack's broker");
        progress.accept("raw store: " + plan.rawStoreDocuments() + " × 500 B insertMany");
        double store = RawRates.store(stack.mongoUri(), plan.rawStoreDocuments());
        report.rawStore(store);
        report.rate("raw", "store inserts (" + Report.thousands(plan.rawStoreDocuments())
                + " × 500 B, insertMany of 1,000)", store, "docs", false, "",
                "scratch database " + RawRates.SCRATCH_DATABASE + ", dropped after");
        progress.accept("raw SMTP sink: " + plan.rawSinkMails() + " mails over " + LoadPlan.RAW_SINK_CONNECTIONS + " connections");
        double mails = RawRates.sink(sink.port(), plan.rawSinkMails(), LoadPlan.RAW_SINK_CONNECTIONS);
        report.rawSink(mails);
        report.rate("raw", "SMTP sink acceptance (" + Report.thousands(plan.rawSinkMails()) + " mails, "
                + LoadPlan.RAW_SINK_CONNECTIONS + " persistent connections)", mails, "mails", true, "", "");
    }

    // ---- set-up through the public APIs

    void organisations() {
        String reporterId = api.registerOrganisation("Load harness reporter", OsaavaApi.businessId(90), NOBODY.region());
        needs.reporter(api.createClient(reporterId));
        subscriberOrganisation = api.registerOrganisation("Load harness subscribers", OsaavaApi.businessId(91),
                NOBODY.region());
    }

    /** Subscribes the group's recipients with {@code connections} parallel requests, until done or the deadline. */
    void subscribe(Group group, Duration deadline) {
        List<String> addresses = group.addresses();
        Queue<String> done = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long began = System.nanoTime();
        long until = began + deadline.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < plan.connections(); t++) {
            workers.add(posting.submit(() -> {
                for (int i = next.getAndIncrement(); i < addresses.size() && System.nanoTime() < until; i = next.getAndIncrement()) {
                    try {
                        api.subscribe(subscriberOrganisation, addresses.get(i), group.area(), group.region());
                        done.add(addresses.get(i));
                    } catch (LoadException e) {
                        if (failed.incrementAndGet() <= 3) {
                            progress.accept("subscription refused: " + e.getMessage());
                        }
                    }
                }
            }));
        }
        awaitAll(workers);
        long took = System.nanoTime() - began;
        needs.subscribed(group, List.copyOf(done));
        double rate = RawRates.perSecond(done.size(), took);
        boolean complete = done.size() == addresses.size();
        if (group.size() >= 1_000) {
            report.rate("set-up", "subscriptions created for " + group.name() + " (POST /api/subscriptions, "
                    + plan.connections() + " connections)", rate, "subscriptions", false, "",
                    (complete ? "" : "not done in " + deadline.toSeconds() + " s: ") + Report.thousands(done.size())
                            + " of " + Report.thousands(addresses.size()) + " in " + Report.seconds(took)
                            + (failed.get() > 0 ? ", " + failed.get() + " refused" : ""));
        }
        progress.accept("subscribed " + done.size() + " of " + addresses.size() + " (" + group.name() + ") in "
                + Report.seconds(took));
    }

    // ---- need intake and the relay

    /** Needs that alert nobody, posted as fast as {@code connections} clients can for {@code duration}. */
    void intake(Duration duration) {
        Latencies answers = new Latencies();
        Latencies relayed = new Latencies();
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Map<String, Long> arrivedEarly = new ConcurrentHashMap<>();
        AtomicInteger events = new AtomicInteger();
        AtomicLong lastEvent = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        try (TopicWatch watch = new TopicWatch(stack.kafkaBootstrapServers(), NEEDS_TOPIC, NEED_PUBLISHED, (needId, at) -> {
            events.incrementAndGet();
            lastEvent.accumulateAndGet(at, Math::max);
            Long answered = answeredAt.get(needId);
            if (answered == null) {
                arrivedEarly.put(needId, at);
            } else {
                relayed.recordNanos(at - answered);
            }
        })) {
            long began = System.nanoTime();
            int posted = postFlat(duration, answers, (needId, answered) -> {
                answeredAt.put(needId, answered);
                lastAnswer.accumulateAndGet(answered, Math::max);
                Long early = arrivedEarly.remove(needId);
                if (early != null) {
                    relayed.recordNanos(early - answered);
                }
            });
            long took = System.nanoTime() - began;
            Deadline.in(plan.drain()).await(() -> events.get() >= posted, Duration.ofMillis(50));
            double needsPerSecond = RawRates.perSecond(posted, took);
            report.rate("need intake", "POST /api/needs?publish=true, " + plan.connections() + " connections, "
                    + duration.toSeconds() + " s", needsPerSecond, "needs", false, "",
                    "answers " + answers.summary());
            double relayRate = RawRates.perSecond(events.get(), Math.max(1, lastEvent.get() - began));
            boolean all = events.get() >= posted;
            long lag = lastEvent.get() - lastAnswer.get();
            // only a backlog shows the relay's own rate; without one it kept up and is at least as fast as intake
            String bound = lag > 1_000_000_000L ? "a backlog formed (last event " + Report.seconds(lag)
                    + " after the last POST answer): this is the relay's rate"
                    : "no backlog (last event " + Report.seconds(Math.max(0, lag))
                            + " after the last answer): the relay kept up, its capacity is at least this";
            report.rate("relay", "needs' published events on " + NEEDS_TOPIC + " (first POST → last event)", relayRate,
                    "events", false, "≥ 3,000 events/s per service",
                    (all ? "all " + Report.thousands(posted) + " relayed" : "not done in " + plan.drain().toSeconds()
                            + " s after the last POST: " + Report.thousands(events.get()) + " of "
                            + Report.thousands(posted)) + "; " + bound);
            report.value("relay", "added latency (POST answer → event on the topic)", relayed.summary(), "p50 ≤ 10 ms", "");
            progress.accept("intake: " + posted + " needs, " + events.get() + " events");
        }
    }

    /** {@code connections} clients post needs that alert nobody for {@code duration}; the number posted. */
    private int postFlat(Duration duration, Latencies answers, java.util.function.BiConsumer<String, Long> answered) {
        long until = System.nanoTime() + duration.toNanos();
        return postUntil(() -> System.nanoTime() < until, Integer.MAX_VALUE, answers, answered);
    }

    private int postUntil(java.util.function.BooleanSupplier go, int atMost, Latencies answers,
                          java.util.function.BiConsumer<String, Long> answered) {
        AtomicInteger posted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < plan.connections(); t++) {
            workers.add(posting.submit(() -> {
                while (go.getAsBoolean() && posted.get() < atMost) {
                    long start = System.nanoTime();
                    try {
                        String id = needs.postAlertingNobody();
                        long end = System.nanoTime();
                        answers.recordNanos(end - start);
                        posted.incrementAndGet();
                        answered.accept(id, end);
                    } catch (LoadException e) {
                        if (failed.incrementAndGet() <= 3) {
                            progress.accept("need refused: " + e.getMessage());
                        }
                        Deadline.pause(100);
                    }
                }
            }));
        }
        awaitAll(workers);
        return posted.get();
    }

    // ---- steady end-to-end

    /** 10 needs a second to the group for the plan's time; the last mail of each, from its POST answer. */
    Latencies steady(String scenario, Group group, Duration duration) {
        return steady.run(scenario, group, duration, true);
    }

    /**
     * The same load before the first measured run: the services have sent no alert mail yet, so their alert path
     * is still interpreted and compiled as it runs (the normal JIT). Its mails are owed and counted like any
     * others; its latencies get one row of their own, not a figure against a target.
     */
    void warmUp(Group group, Duration duration) {
        steady.run("warm-up", group, duration, false);
    }

    // ---- fan-out

    /** One need to the whole group, with a 10-recipient need a second meanwhile. */
    void fanOut(Group group, Duration deadline, boolean probe) {
        int recipients = subscribed(group).size();
        if (recipients == 0) {
            report.value("fan-out " + group.name(), "time to the last mail", "skipped", "", "no subscription was created");
            return;
        }
        AwaitedNeed need = new AwaitedNeed(needs.next(), recipients);
        long until = System.nanoTime() + deadline.toNanos();
        needs.post(need, group);
        List<AwaitedNeed> probes = new ArrayList<>();
        try {
            while (!need.isDone() && System.nanoTime() < until) {
                if (probe) {
                    AwaitedNeed small = needs.awaited(TEN);
                    probes.add(small);
                    posting.execute(() -> needs.post(small, TEN));
                }
                need.awaitDone(Math.min(until, System.nanoTime() + 1_000_000_000L));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sink.forget(need.number());
        String scenario = "fan-out " + group.name();
        if (need.isDone()) {
            long took = need.lastMailNanos() - need.answeredNanos();
            double mailsPerSecond = RawRates.perSecond(recipients, took);
            report.value(scenario, "POST answer → last mail", Report.seconds(took), "", "");
            report.rate(scenario, "mails accepted by the sink (all " + Report.thousands(recipients)
                    + " ÷ time to the last)", mailsPerSecond, "mails", true, "≥ 70 % of the raw sink rate", "");
        } else {
            long took = System.nanoTime() - need.answeredNanos();
            report.value(scenario, "POST answer → last mail", "not done in " + deadline.toSeconds() + " s", "",
                    Report.thousands(need.accepted()) + " of " + Report.thousands(recipients) + " mails accepted");
            report.rate(scenario, "mails accepted by the sink so far (÷ time since the POST answer)",
                    RawRates.perSecond(need.accepted(), took), "mails", true, "≥ 70 % of the raw sink rate", "not done");
        }
        if (probe) {
            AwaitedNeed.awaitAll(probes, System.nanoTime() + plan.drain().toNanos());
            Latencies latencies = new Latencies();
            long done = probes.stream().filter(AwaitedNeed::isDone).peek(p -> latencies.recordNanos(p.lastMailLatencyNanos())).count();
            probes.forEach(p -> sink.forget(p.number()));
            report.value(scenario, "meanwhile, 1 need/s × " + subscribed(TEN).size() + " recipients: last mail after POST answer",
                    latencies.summary(), "p99 ≤ 2 s", done == probes.size() ? "all " + done + " done"
                            : "not done: " + done + " of " + probes.size() + " needs within " + plan.drain().toSeconds() + " s");
        }
        progress.accept(scenario + ": " + need.accepted() + " of " + recipients + " mails");
    }

    // ---- history

    /** Needs that alert nobody until {@code storedNeeds} are stored, at intake speed. */
    void storeNeeds(Duration deadline) {
        int wanted = plan.storedNeeds() - needs.stored();
        long until = System.nanoTime() + deadline.toNanos();
        if (wanted > 0) {
            postUntil(() -> System.nanoTime() < until && needs.stored() < plan.storedNeeds(), wanted, new Latencies(),
                    (id, at) -> { });
        }
        progress.accept("stored needs: " + needs.stored());
    }

    int storedNeeds() {
        return needs.stored();
    }

    // ---- helpers

    List<String> subscribed(Group group) {
        return needs.subscribed(group);
    }

    private static void awaitAll(List<Future<?>> futures) {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                throw new LoadException("a load client failed: " + e.getCause(), e.getCause());
            }
        }
    }

    void close() {
        posting.shutdownNow();
    }

    Budget budget() {
        return budget;
    }
}
