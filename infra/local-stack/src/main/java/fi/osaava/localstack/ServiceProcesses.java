package fi.osaava.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services and the portal as child JVMs: their ports, starting them and waiting until each answers 200 on
 * {@code /actuator/health}, and stopping, killing or restarting one while the rest runs.
 */
final class ServiceProcesses implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final StackSettings settings;
    private final StartupWatch watch;
    private final Map<Service, Integer> firstPorts = new EnumMap<>(Service.class);
    private final Map<Service, Integer> secondPorts = new EnumMap<>(Service.class);
    private final Map<ServiceInstance, ChildProcess> running = new LinkedHashMap<>();
    private @Nullable ServiceCommands commands;

    /** Picks the ports configured as 0 (and the second instances'); nothing starts yet. */
    ServiceProcesses(StackSettings settings, StartupWatch watch) {
        this.settings = settings;
        this.watch = watch;
        for (Service service : Service.values()) {
            firstPorts.put(service, Ports.orFree(settings.servicePorts().get(service)));
            if (service.hasApi() && settings.instances() == 2) {
                secondPorts.put(service, Ports.orFree(0));
            }
        }
    }

    int port(ServiceInstance instance) {
        return instance.number() == 1 ? firstPorts.get(instance.service()) : secondPorts.get(instance.service());
    }

    ServiceInstance instance(Service service, int number) {
        if (number < 1 || number > settings.instances() || number > 1 && !service.hasApi()) {
            throw new IllegalArgumentException(service.artifactName() + " has no instance " + number);
        }
        return new ServiceInstance(service, number);
    }

    /** Every instance of a service, the first first. */
    List<ServiceInstance> instancesOf(Service service) {
        List<ServiceInstance> all = new ArrayList<>();
        all.add(new ServiceInstance(service, 1));
        if (service.hasApi() && settings.instances() == 2) {
            all.add(new ServiceInstance(service, 2));
        }
        return all;
    }

    Path logFile(ServiceInstance instance) {
        return settings.logDir().resolve(instance.name() + ".log");
    }

    /** Starts every instance of every service, then waits until all are healthy. */
    void startAll(ServiceCommands with) {
        synchronized (this) {
            commands = with;
            for (Service service : Service.values()) {
                for (ServiceInstance instance : instancesOf(service)) {
                    watch.checkNotStopped();
                    log.info("Starting {} on port {} (log {})", instance.name(), port(instance), logFile(instance));
                    running.put(instance, ChildProcess.start(instance.name(), with.command(instance),
                            with.environment(service), logFile(instance)));
                }
            }
        }
        awaitHealthy(snapshot());
    }

    synchronized boolean isAlive(ServiceInstance instance) {
        ChildProcess process = running.get(instance);
        return process != null && process.isAlive();
    }

    synchronized long pid(ServiceInstance instance) {
        ChildProcess process = running.get(instance);
        if (process == null) {
            throw new IllegalStateException(instance.service().artifactName() + " is not running");
        }
        return process.pid();
    }

    /** SIGKILL, as in a crash: no shutdown hooks, nothing flushed. */
    void kill(ServiceInstance instance) {
        ChildProcess process;
        synchronized (this) {
            process = running.get(instance);
        }
        if (process == null) {
            throw new IllegalStateException(instance.name() + " is not running");
        }
        log.info("Killing {} (SIGKILL, pid {})", instance.name(), process.pid());
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
        process.awaitExit(System.nanoTime() + STOP_GRACE.toNanos());
    }

    /** Starts an instance that died or was killed again, on its port, and waits until it is healthy. */
    void restart(ServiceInstance instance) {
        ChildProcess process;
        synchronized (this) {
            watch.checkNotStopped();
            ChildProcess old = running.get(instance);
            if (old != null && old.isAlive()) {
                throw new IllegalStateException(instance.name() + " is still running");
            }
            if (commands == null) {
                throw new IllegalStateException("the services were never started");
            }
            log.info("Restarting {} on port {}", instance.name(), port(instance));
            process = ChildProcess.start(instance.name(), commands.command(instance),
                    commands.environment(instance.service()), logFile(instance), true);
            running.put(instance, process);
        }
        awaitHealthy(Map.of(instance, process));
    }

    private synchronized Map<ServiceInstance, ChildProcess> snapshot() {
        return new LinkedHashMap<>(running);
    }

    private void awaitHealthy(Map<ServiceInstance, ChildProcess> processes) {
        Map<ServiceInstance, ChildProcess> waiting = new LinkedHashMap<>(processes);
        long begin = System.nanoTime();
        long deadline = begin + settings.serviceStartTimeout().toNanos();
        while (!waiting.isEmpty()) {
            watch.checkNotStopped();
            for (var it = waiting.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                ServiceInstance instance = entry.getKey();
                if (watch.answers200(URI.create("http://localhost:" + port(instance) + "/actuator/health"))) {
                    log.info("{} healthy after {} s", instance.name(),
                            StartupWatch.seconds(Duration.ofNanos(System.nanoTime() - begin)));
                    it.remove();
                } else if (!entry.getValue().isAlive()) {
                    throw StartupWatch.died(entry.getValue());
                }
            }
            if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                ChildProcess first = waiting.values().iterator().next();
                for (ChildProcess other : waiting.values()) {
                    if (other != first) {
                        log.error("{} did not become healthy either; last lines of {}:{}{}", other.name(), other.logFile(),
                                System.lineSeparator(), other.tail(StartupWatch.LOG_TAIL_LINES));
                    }
                }
                throw StartupWatch.timedOut(first, settings.serviceStartTimeout());
            }
            if (!waiting.isEmpty()) {
                StartupWatch.pause(500);
            }
        }
    }

    synchronized boolean isEmpty() {
        return running.isEmpty();
    }

    /** SIGTERM to all, then up to 10 s for them to exit before they are killed. */
    @Override
    public synchronized void close() {
        if (running.isEmpty()) {
            return;
        }
        log.info("Stopping services: {}", String.join(", ", running.values().stream().map(ChildProcess::name).toList()));
        running.values().forEach(ChildProcess::requestStop);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ChildProcess process : running.values()) {
            process.awaitExit(deadline);
        }
        running.clear();
    }
}
