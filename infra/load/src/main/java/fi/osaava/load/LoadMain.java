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
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.StackSettings;
import fi.osaava.localstack.LocalStackException;
import fi.osaava.localstack.Service;

/**
 * {@code infra/load/run.sh [--quick]}: starts a fresh local stack in a temporary data dir whose services send
 * to this JVM's timing SMTP sink, runs the scenarios within the plan's budget, prints one markdown table (also
 * written to {@code infra/load/target/load-report.md}) and stops everything. Localhost only.
 */
public final class LoadMain {

    private static final String USAGE = """
            Usage: infra/load/run.sh [--quick] [--no-build]

              --quick     a smoke test of the harness (at most 8 min): 1,000 fan-out, 10 s steady runs, no 100,000
                          fan-out and no history phase
              --no-build  (run.sh) do not run Maven first

            A full run takes at most 15 minutes. The table goes to stdout and infra/load/target/load-report.md,
            the services' logs to infra/load/target/load-logs/.
            """;
    /** The services' per-client write limit (120/min) guards against one abusive client; the harness is many. */
    static final String NO_WRITE_LIMIT = "--osaava.limits.writes-per-minute=1000000";

    static final String NOTIFICATION_GROUP = "notification-service";
    static final Duration STACK_START_TIMEOUT = Duration.ofSeconds(300);

    private LoadMain() {
    }

    public static void main(String[] args) throws IOException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "fi/osaava/localstack/local-stack-logback.xml");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        LoadPlan plan = LoadPlan.full();
        for (String arg : args) {
            switch (arg) {
                case "--quick" -> plan = LoadPlan.quick();
                case "--no-build" -> { } // run.sh's
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
        Path target = Path.of("infra", "load", "target");
        Files.createDirectories(target);
        int status = run(plan, target, out);
        System.exit(status);
    }

    static int run(LoadPlan plan, Path target, PrintStream out) throws IOException {
        Budget budget = new Budget(plan.budget());
        Report report = new Report();
        Path dataDir = Files.createTempDirectory("osaava-load-");
        out.println("Load run (" + plan.name() + ", at most " + plan.budget().toMinutes() + " min), data in " + dataDir);
        java.util.function.Consumer<String> progress = line -> out.printf(Locale.ROOT, "[%5.0f s] %s%n",
                budget.elapsed().toMillis() / 1000.0, line);
        int status = 0;
        try (TimedMailSink sink = TimedMailSink.start()) {
            progress.accept("SMTP sink on 127.0.0.1:" + sink.port() + "; starting the local stack");
            StackSettings settings = StackSettings.withRandomPorts(dataDir)
                    .withExternalSmtp(sink.port())
                    .withExtraServiceArguments(NO_WRITE_LIMIT)
                    // four services booting with the full JIT on two busy cores can take minutes
                    .withServiceStartTimeout(STACK_START_TIMEOUT);
            try (LocalStack stack = new LocalStack(settings)) {
                stack.start();
                progress.accept("stack up in " + stack.startupTime().toSeconds() + " s");
                LoadRun run = new LoadRun(plan, stack, sink, report, budget, progress);
                try {
                    scenarios(plan, run, stack, sink, report, budget, progress);
                } catch (RuntimeException e) {
                    // whatever broke, the table of what was measured so far is still printed
                    progress.accept("the run stopped: " + e);
                    report.value("run", "stopped early", "failed", "", String.valueOf(e).lines().findFirst().orElse(""));
                    status = 1;
                } finally {
                    run.close();
                    copyLogs(stack.settings().logDir(), target.resolve("load-logs"));
                }
            } catch (LocalStackException e) {
                progress.accept("the local stack did not start: " + e.getMessage());
                report.value("run", "stack start", "failed", "", e.getMessage().lines().findFirst().orElse(""));
                status = 1;
            }
        } finally {
            deleteQuietly(dataDir);
        }
        String markdown = "# Load run " + Instant.now() + " (" + plan.name() + ", " + budget.elapsed().toSeconds() + " s)\n\n"
                + "Command: `infra/load/run.sh" + (plan.name().equals("quick") ? " --quick" : "") + "`; "
                + Runtime.getRuntime().availableProcessors() + " cores, everything on this machine.\n\n"
                + report.markdown();
        Files.writeString(target.resolve("load-report.md"), markdown, StandardCharsets.UTF_8);
        out.println();
        out.println(markdown);
        out.println("(also in " + target.resolve("load-report.md") + ")");
        return status;
    }

    private static void scenarios(LoadPlan plan, LoadRun run, LocalStack stack, TimedMailSink sink, Report report,
                                  Budget budget, java.util.function.Consumer<String> progress) {
        Duration lastSteady = plan.steady().plus(plan.drain());
        run.rawRates();
        run.organisations();
        run.subscribe(LoadRun.TEN, Duration.ofSeconds(30));
        run.subscribe(LoadRun.HUNDRED, Duration.ofSeconds(30));
        run.subscribe(run.fanOutGroup(), budget.allow(plan.subscribingDeadline(), lastSteady.multipliedBy(3)));
        ConsumerGroupLog.Snapshot groupBefore = ConsumerGroupLog.read(stack.logFile(Service.NOTIFICATION), NOTIFICATION_GROUP);

        run.intake(plan.intake());
        run.warmUp(LoadRun.TEN, plan.warmUp());
        Latencies fresh = run.steady("steady (fresh store)", LoadRun.TEN, plan.steady());
        run.steady("steady (fresh store)", LoadRun.HUNDRED, plan.steady());
        run.fanOut(run.fanOutGroup(), budget.allow(plan.fanOutDeadline(), lastSteady), true);

        if (plan.history()) {
            LoadRun.Group big = run.bigFanOutGroup();
            Duration subscribing = budget.allow(plan.subscribingDeadline(), lastSteady.plus(Duration.ofSeconds(90)));
            run.subscribe(big, subscribing);
            run.fanOut(big, budget.allow(plan.bigFanOutDeadline(), lastSteady.plus(Duration.ofSeconds(30))), false);
            run.storeNeeds(budget.allow(plan.historyDeadline(), lastSteady));
            Duration steady = budget.allow(plan.steady(), plan.drain());
            if (steady.toSeconds() >= 10) {
                StoredHistory history = StoredHistory.count(stack.mongoUri());
                Latencies again = run.steady("steady (after history)", LoadRun.TEN, steady);
                report.value("steady (after history)", "history in the store before this run",
                        Report.thousands(history.needs()) + " needs, " + Report.thousands(history.deliveries())
                                + " deliveries", "20,000 needs, 100,000 deliveries",
                        "counted (read only) in " + StoredHistory.NEEDS + " and " + StoredHistory.DELIVERIES);
                report.value("steady (after history)", "p50 / p99 ÷ the fresh store's", fresh.count() == 0 || again.count() == 0
                        ? "n/a (a run with no need done)" : ratio(again.percentileMillis(50), fresh.percentileMillis(50))
                                + " / " + ratio(again.percentileMillis(99), fresh.percentileMillis(99)), "each ≤ 1.20", "");
            } else {
                report.value("steady (after history)", "skipped", "over the budget", "", "");
            }
        }

        ConsumerGroupLog.Snapshot groupAfter = ConsumerGroupLog.read(stack.logFile(Service.NOTIFICATION), NOTIFICATION_GROUP);
        report.value("all", "consumer group " + NOTIFICATION_GROUP + " during the scenarios", groupAfter.since(groupBefore),
                "0 rebalances, 0 evictions", "generation " + groupBefore.generation() + " → " + groupAfter.generation()
                        + " (its consumers' \"Successfully joined group\" lines); evictions: \"" + ConsumerGroupLog.EVICTED + "\"");
        Duration grace = budget.allow(Duration.ofSeconds(30), Duration.ZERO);
        Deadline.in(grace).await(() -> sink.counts().balance(OsaavaApi.RECIPIENT_DOMAIN).missing() == 0,
                Duration.ofMillis(500));
        MailCounts.Balance balance = sink.counts().balance(OsaavaApi.RECIPIENT_DOMAIN);
        report.value("all", "per recipient at the sink: owed / accepted / missing / duplicated / unexpected",
                Report.thousands(balance.expected()) + " / " + Report.thousands(balance.received()) + " / "
                        + Report.thousands(balance.missing()) + " / " + Report.thousands(balance.duplicated()) + " / "
                        + Report.thousands(balance.unexpected()),
                "0 missing, 0 duplicated", balance.missing() > 0 ? "missing = not accepted " + grace.toSeconds()
                        + " s after the last scenario (still queued, or lost)" : "");
    }

    private static String ratio(double value, double base) {
        return base <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", value / base);
    }

    static void copyLogs(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> logs = Files.list(from)) {
                for (Path log : logs.toList()) {
                    Files.copy(log, to.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            System.err.println("could not keep the logs: " + e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
