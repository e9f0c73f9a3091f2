package fi.osaava.localstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fi.osaava.localstack.demo.DemoData;
import fi.osaava.localstack.demo.DemoDataException;
import fi.osaava.localstack.demo.DemoIds;

/**
 * {@code run-local.sh}: starts the stack with the well-known ports, loads the demo data, prints where
 * everything is and waits for Ctrl-C.
 */
public final class LocalStackMain {


    private LocalStackMain() {
    }

    public static void main(String[] args) {
        // before anything logs: a console format for people rather than for test reports
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "fi/osaava/localstack/local-stack-logback.xml");
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LocalStackOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help) {
            out.print(LocalStackOptions.usage());
            return;
        }

        StackSettings settings = StackSettings.defaults();
        if (options.dataDir != null) {
            settings = settings.withDataDir(options.dataDir);
        }
        if (options.infraOnly) {
            settings = settings.withoutServices();
        }
        if (options.twoInstances) {
            settings = settings.withInstances(2);
        }
        if (options.smtpPort != null) {
            settings = settings.withExternalSmtp(options.smtpPort);
        }
        if (!options.serviceArguments.isEmpty()) {
            settings = settings.withExtraServiceArguments(options.serviceArguments.toArray(String[]::new));
        }
        if (options.reset) {
            try {
                DataDirReset.reset(settings, out);
            } catch (IllegalStateException e) {
                System.err.println("--reset: " + e.getMessage());
                System.exit(1);
                return;
            }
        }

        out.println("Starting the Osaava local stack (data in " + settings.dataDir() + ", jars from " + settings.stackDir() + ")…");
        LocalStack stack = new LocalStack(settings);
        try {
            stack.start();
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }

        DemoData demo = DemoData.fromClasspath();
        @Nullable DemoIds ids = null;
        @Nullable String demoFailure = null;
        if (settings.startServices() && !options.noDemoData && settings.startMailSink()) {
            try {
                ids = demo.loadIfEmpty(stack);
            } catch (DemoDataException | IllegalStateException e) {
                demoFailure = e.getMessage();
            }
        }

        if (!stack.isRunning()) {
            return; // Ctrl-C while the demo data was loading: the shutdown hook is stopping everything
        }
        StackBanner.print(out, stack, demo, ids, demoFailure);
        watch(stack, out);
    }

    // ---- waiting

    /** Runs until the JVM shuts down (Ctrl-C); the stack's shutdown hook stops everything. */
    private static void watch(LocalStack stack, PrintStream out) {
        Set<Service> reported = EnumSet.noneOf(Service.class);
        while (true) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!stack.isRunning() || !stack.settings().startServices()) {
                continue;
            }
            for (Service service : Service.values()) {
                if (!reported.contains(service) && !stack.isServiceAlive(service) && stack.isRunning()) {
                    reported.add(service);
                    out.println("!!! " + service.artifactName() + " has exited; see " + stack.logFile(service));
                }
            }
        }
    }

}
