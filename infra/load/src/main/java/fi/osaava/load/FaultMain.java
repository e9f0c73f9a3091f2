package fi.osaava.load;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.StackSettings;
import fi.osaava.localstack.Service;

/**
 * {@code infra/load/faults.sh [--short] [--two-instances]}: the fault harness. A fresh local stack in a temporary
 * data dir (its services mail this JVM's sink), with one or two instances of each service; a reporting organisation,
 * e-mail, webhook and Kafka-channel subscribers, and subscribers that come and go; then one scenario after another,
 * each a steady load of needs, offerings and meetings with one fault in the middle: a service (or one of its two
 * instances) killed with SIGKILL and started again, the Kafka broker stopped and started, the store stopped and
 * started, the mail server away, the webhook receiver failing and slow, a race for an offering's last seats, poison
 * records on every consumed topic. At the end it counts, per write and subscriber, every alert owed for every write
 * a service accepted, and prints one table (also written to {@code infra/load/target/fault-report.md}). Localhost
 * only.
 */
public final class FaultMain {

    private static final String USAGE = """
            Usage: infra/load/faults.sh [--short] [--two-instances] [--no-build]

              --short          notification-service killed and the broker restarted only (what ./mvnw verify runs)
              --two-instances  two instances of each service: the load spread over them, and each kill takes one
                               of the two down for a while before it is started again
              --no-build       (faults.sh) do not run Maven first
            """;

    /** The plan of a run: which scenarios, how hard, how long. */
    record Plan(String name, int instances, int subscribers, int webhooks, double needsPerSecond,
                Duration brokerAway, Duration storeAway, Duration sinkAway, Duration webhooksFailing,
                Duration after, Duration drain, boolean everyService, boolean poison, boolean seatRace) {

        static Plan full() {
            return new Plan("full", 1, 20, 2, 2, Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(60),
                    Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(180), true, true, true);
        }

        static Plan shortForm() {
            return new Plan("short", 1, 10, 0, 2, Duration.ofSeconds(15), Duration.ZERO, Duration.ZERO, Duration.ZERO,
                    Duration.ofSeconds(5), Duration.ofSeconds(150), false, false, false);
        }

        Plan withTwoInstances() {
            return new Plan(name + ", two instances", 2, subscribers, webhooks, needsPerSecond, brokerAway, storeAway,
                    sinkAway, webhooksFailing, after, drain, everyService, poison, seatRace);
        }

        /** How long a killed instance stays down while the other one carries the load. */
        Duration secondInstanceAlone() {
            return Duration.ofSeconds(10);
        }
    }

    /** What a run found: its rows and the checks made at the end. */
    record Outcome(List<FaultRun.Row> rows, Map<String, Long> leftovers, List<String> problems, String markdown) {

        boolean clean() {
            return problems.isEmpty();
        }
    }

    private FaultMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "fi/osaava/localstack/local-stack-logback.xml");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Plan plan = Plan.full();
        boolean twoInstances = false;
        for (String arg : args) {
            switch (arg) {
                case "--short" -> plan = Plan.shortForm();
                case "--two-instances" -> twoInstances = true;
                case "--no-build" -> { }
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return;
                }
                default -> {
                    System.err.println("unknown option: " + arg);
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        if (twoInstances) {
            plan = plan.withTwoInstances();
        }
        Path target = Path.of("infra", "load", "target");
        Files.createDirectories(target);
        Outcome outcome = run(plan, target, line -> out.println("[" + Instant.now() + "] " + line));
        out.println();
        out.println(outcome.markdown());
        out.println("(also in " + target.resolve("fault-report.md") + ")");
        System.exit(outcome.clean() ? 0 : 1);
    }

    static Outcome run(Plan plan, Path target, Consumer<String> progress) throws IOException, InterruptedException {
        long began = System.nanoTime();
        Path dataDir = Files.createTempDirectory("osaava-faults-");
        List<FaultRun.Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Long> leftovers = Map.of();
        String webhooks = "";
        String seatRaces = "";
        FaultLedger ledger = new FaultLedger();
        try (TimedMailSink sink = TimedMailSink.start();
             // longer than the services' webhook read timeout (10 s): the sender gives up before the answer
             WebhookReceiver receiver = WebhookReceiver.start(12_000)) {
            sink.listen(ledger::mail);
            receiver.listen((need, path, id) -> ledger.mail(need, FaultRun.webhookRecipient(path), id));
            StackSettings settings = StackSettings.withRandomPorts(dataDir)
                    .withExternalSmtp(sink.port())
                    // retries close together, so that a run recovers in seconds, and as many as outlast the mail
                    // server's 60 s away (production's 8 attempts from 30 s doubling to 1 h outlast about an hour)
                    .withExtraServiceArguments(LoadMain.NO_WRITE_LIMIT, "--osaava.alerts.retry-interval=1s",
                            "--osaava.alerts.retry-delay=2s", "--osaava.alerts.max-retry-delay=10s",
                            "--osaava.alerts.max-attempts=30")
                    .withServiceStartTimeout(LoadMain.STACK_START_TIMEOUT)
                    .withInstances(plan.instances());
            Path logDir = settings.logDir();
            try (LocalStack stack = new LocalStack(settings)) {
                stack.start();
                progress.accept("stack up in " + stack.startupTime().toSeconds() + " s; data in " + dataDir);
                try (AlertTopicReader alertTopic = AlertTopicReader.start(stack.kafkaBootstrapServers(),
                        (need, subscription, id) -> ledger.mail(need, FaultRun.kafkaRecipient(subscription), id))) {
                    FaultRun run = new FaultRun(stack, sink, receiver, alertTopic, ledger, progress);
                    run.setUp(plan.subscribers(), plan.webhooks());
                    for (FaultRun.Scenario scenario : scenarios(plan)) {
                        rows.add(run.run(scenario, plan.needsPerSecond(), plan.after(), plan.drain()));
                    }
                    Leftovers left = new Leftovers(stack);
                    leftovers = left.onceQuiet(Duration.ofSeconds(60), FaultRun.LATE);
                    rows.replaceAll(row -> row.countedAgain(ledger));
                    rows.stream().filter(row -> !row.tally().clean()).forEach(row -> ledger.faults(row.writes(), 40)
                            .forEach(line -> progress.accept("still at the end, " + row.scenario().name() + ": " + line)));
                    checkLeftovers(leftovers, problems);
                    left.details().forEach((what, details) -> details.forEach(
                            detail -> progress.accept("left in " + what + ": " + detail)));
                    if (plan.poison()) {
                        problems.addAll(run.poison().problems());
                    }
                    run.seatRaces().stream().filter(race -> !race.clean())
                            .forEach(race -> problems.add("seat race: " + race));
                    if (receiver.badSignatures() > 0) {
                        problems.add(receiver.badSignatures() + " webhook calls without a valid signature");
                    }
                    webhooks = "webhook receiver: " + receiver.answered500() + " calls answered 500, "
                            + receiver.repeats() + " repeats of an id it already had" + (receiver.repeated().isEmpty()
                            ? "" : " (" + String.join(", ", receiver.repeated()) + ")") + ", "
                            + receiver.badSignatures() + " bad signatures";
                    seatRaces = run.seatRaces().stream().map(race -> "- seat race: " + race + "\n")
                            .collect(java.util.stream.Collectors.joining());
                    long unexpected = ledger.unexpected(OsaavaApi.RECIPIENT_DOMAIN);
                    if (unexpected > 0) {
                        problems.add(unexpected + " mails for no need owed to their recipient: "
                                + String.join("; ", ledger.unexpectedLines(OsaavaApi.RECIPIENT_DOMAIN, 10)));
                    }
                }
            } finally {
                LoadMain.copyLogs(logDir, target.resolve("fault-logs"));
            }
        } finally {
            for (FaultRun.Row row : rows) {
                if (!row.tally().clean() || !row.allArrived()) {
                    problems.add(row.scenario().name() + ": " + row.tally() + " " + row.notes() + "; "
                            + String.join("; ", ledger.faults(row.writes(), 5)));
                }
            }
            if (problems.isEmpty()) {
                LoadMain.deleteQuietly(dataDir);
            } else {
                progress.accept("the stack's data (store, broker log, service logs) kept in " + dataDir);
            }
        }
        String markdown = "# Fault run " + Instant.now() + " (" + plan.name() + ", "
                + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s)\n\n"
                + "Command: `infra/load/faults.sh" + (plan.name().startsWith("short") ? " --short" : "")
                + (plan.instances() == 2 ? " --two-instances" : "") + "`; "
                + Runtime.getRuntime().availableProcessors() + " cores, everything on this machine; " + plan.subscribers()
                + " e-mail and " + plan.webhooks() + " webhook subscribers, " + plan.instances() + " instance(s) of each"
                + " service, " + plan.needsPerSecond() + " needs/s during each scenario.\n\n"
                + FaultRun.table(rows) + "\nAt the end: " + leftovers + "\n\n" + seatRaces + (webhooks.isEmpty() ? ""
                : "- " + webhooks + "\n") + "\n"
                + (problems.isEmpty() ? "No problem found.\n" : "Problems:\n- " + String.join("\n- ", problems) + "\n");
        Files.writeString(target.resolve("fault-report.md"), markdown, StandardCharsets.UTF_8);
        return new Outcome(rows, leftovers, problems, markdown);
    }

    static List<FaultRun.Scenario> scenarios(Plan plan) {
        List<FaultRun.Scenario> scenarios = new ArrayList<>();
        List<Service> killed = plan.everyService()
                ? List.of(Service.NOTIFICATION, Service.NEEDS, Service.CATALOGUE, Service.MEMBERSHIP)
                : List.of(Service.NOTIFICATION);
        for (Service service : killed) {
            if (plan.instances() == 1) {
                scenarios.add(new FaultRun.Scenario("kill " + service.artifactName(),
                        "SIGKILL mid-load, started again at once", (stack, run) -> {
                            stack.faults().killService(service);
                            stack.faults().restartService(service);
                        }));
            } else {
                Duration alone = plan.secondInstanceAlone();
                scenarios.add(new FaultRun.Scenario("kill one of two " + service.artifactName(),
                        "SIGKILL of the first instance mid-load; the second alone for " + alone.toSeconds()
                                + " s, then the first started again", (stack, run) -> {
                            stack.faults().killService(service, 1);
                            Thread.sleep(alone.toMillis());
                            stack.faults().restartService(service, 1);
                        }));
            }
        }
        Duration brokerAway = plan.brokerAway();
        scenarios.add(new FaultRun.Scenario("broker away", "Kafka stopped for " + brokerAway.toSeconds()
                + " s, started again with its log", (stack, run) -> {
                    stack.faults().stopKafka();
                    Thread.sleep(brokerAway.toMillis());
                    stack.faults().startKafkaAgain();
                }));
        if (!plan.storeAway().isZero()) {
            Duration storeAway = plan.storeAway();
            scenarios.add(new FaultRun.Scenario("store away", "the store stopped for " + storeAway.toSeconds()
                    + " s, started again with its file", (stack, run) -> {
                        stack.faults().stopStore();
                        Thread.sleep(storeAway.toMillis());
                        stack.faults().startStoreAgain();
                    }));
        }
        if (!plan.sinkAway().isZero()) {
            Duration sinkAway = plan.sinkAway();
            scenarios.add(new FaultRun.Scenario("mail server away", "the SMTP sink refuses connections for "
                    + sinkAway.toSeconds() + " s", (stack, run) -> {
                        run.sink().goAway();
                        Thread.sleep(sinkAway.toMillis());
                        run.sink().comeBack();
                    }));
        }
        if (!plan.webhooksFailing().isZero()) {
            Duration failing = plan.webhooksFailing();
            scenarios.add(new FaultRun.Scenario("webhook receiver failing", "the receiver answers 500 for "
                    + failing.toSeconds() + " s, then takes the calls but answers after the sender's timeout for "
                    + failing.toSeconds() + " s, then recovers", (stack, run) -> {
                        run.receiver().behave(WebhookReceiver.Mode.FAILING);
                        Thread.sleep(failing.toMillis());
                        run.receiver().behave(WebhookReceiver.Mode.SLOW);
                        Thread.sleep(failing.toMillis());
                        run.receiver().behave(WebhookReceiver.Mode.WELL);
                    }));
        }
        if (plan.seatRace()) {
            scenarios.add(new FaultRun.Scenario("seat race", "16 organisations race for 10 seats of an offering on"
                    + " every catalogue instance: 6 rounds of taking and cancelling", (stack, run) ->
                    run.seatRace(10, 16, 6)));
        }
        if (plan.poison()) {
            scenarios.add(new FaultRun.Scenario("poison records", "an unreadable record on every consumed topic",
                    (stack, run) -> run.poison().sendToEveryConsumedTopic()));
        }
        return scenarios;
    }

    private static void checkLeftovers(Map<String, Long> leftovers, List<String> problems) {
        leftovers.forEach((what, count) -> {
            if (count > 0) {
                problems.add(what + ": " + count + " left at the end");
            }
        });
    }
}
