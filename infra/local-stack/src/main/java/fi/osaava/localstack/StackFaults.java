package fi.osaava.localstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a crash or an operator does to a running stack: the fault harness's levers ({@link LocalStack#faults()}).
 * Each acts on the running stack and throws {@link IllegalStateException} when it has not started or has stopped.
 */
public final class StackFaults {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final LocalStack stack;

    StackFaults(LocalStack stack) {
        this.stack = stack;
    }

    /** SIGKILL of a service's JVM, as in a crash: no shutdown hooks, nothing flushed. */
    public void killService(Service service) {
        killService(service, 1);
    }

    /** SIGKILL of instance {@code number} (1 or 2) of a service. */
    public void killService(Service service, int number) {
        ServiceProcesses services = stack.services();
        services.kill(services.instance(service, number));
    }

    /** Starts a service that died or was killed again, on its port, and waits until it is healthy. */
    public void restartService(Service service) {
        restartService(service, 1);
    }

    /** Starts instance {@code number} of a service again, on its port, and waits until it is healthy. */
    public void restartService(Service service, int number) {
        ServiceProcesses services = stack.services();
        services.restart(services.instance(service, number));
    }

    /** Stops the Kafka broker (a controlled shutdown); its log stays; the services keep running and retry. */
    public void stopKafka() {
        log.info("Stopping Kafka (fault)");
        stack.kafka().stop();
    }

    /** SIGKILL of the Kafka broker. */
    public void killKafka() {
        log.info("Killing Kafka (fault, SIGKILL)");
        stack.kafka().kill();
    }

    /** Starts the Kafka broker again on the same ports with the log it had, and waits until it answers. */
    public void startKafkaAgain() {
        stack.kafka().start();
    }

    public long kafkaPid() {
        return stack.kafka().pid();
    }

    public boolean isKafkaAlive() {
        return stack.kafka().isAlive();
    }

    /**
     * Stops the store (MongoDB's wire protocol goes away, its file is flushed and closed), as a database server
     * that goes away would; the services keep running and reconnect when it is back.
     */
    public void stopStore() {
        MongoStore store = stack.store();
        log.info("Stopping MongoDB (fault; data kept in {})", stack.settings().mongoFile());
        store.close();
    }

    /** Starts the store again on the same port with the same file. */
    public void startStoreAgain() {
        stack.store().start();
    }

    /** The OS process id of GreenMail. */
    public long greenMailPid() {
        return stack.mail().pid();
    }
}
