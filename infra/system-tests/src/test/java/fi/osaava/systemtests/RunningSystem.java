package fi.osaava.systemtests;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import fi.osaava.localstack.LocalStack;
import fi.osaava.localstack.StackSettings;
import fi.osaava.localstack.Service;
import fi.osaava.localstack.demo.DemoData;
import fi.osaava.localstack.demo.DemoIds;

/**
 * The whole system with the demo data, started once for every system test of the run (starting it takes
 * minutes) by the first test class that asks for it, and stopped when the run ends. A test class asks
 * with {@code @ExtendWith(RunningSystem.Resolver.class)} and a {@code RunningSystem} parameter of its
 * {@code @BeforeAll} method. The test classes share its data: each one leaves the others' objects alone.
 */
record RunningSystem(LocalStack stack, StackClient client, DemoData demo, DemoIds ids, Path dataDir)
        implements AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSystem.class);

    static RunningSystem start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("osaava-system-tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalStack stack = new LocalStack(StackSettings.withRandomPorts(dataDir)).start();
        StackClient client = new StackClient(stack);
        DemoData demo = DemoData.fromClasspath();
        DemoIds ids = demo.loadIfEmpty(stack);
        // the notification service learns the organisations from events, not from membership's database
        // (the demo passive member is one too)
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            java.util.Set<String> known = new java.util.HashSet<>();
            client.get(Service.NOTIFICATION, "/api/recipients?size=1000")
                    .forEach(r -> known.add(r.get("organisationId").asString()));
            return known.containsAll(ids.organisations().values());
        });
        return new RunningSystem(stack, client, demo, ids, dataDir);
    }

    @Override
    public void close() throws IOException {
        stack.stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** Resolves a {@code RunningSystem} parameter: the run's one system, started on first use. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
            return parameter.getParameter().getType() == RunningSystem.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
            // the root store closes an AutoCloseable value when the whole run ends
            return extension.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(RunningSystem.class, type -> start(), RunningSystem.class);
        }
    }
}
