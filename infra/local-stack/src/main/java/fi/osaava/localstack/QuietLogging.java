package fi.osaava.localstack;

import java.util.Map;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * Kafka's broker, mongo-java-server and H2 run in this JVM and log a lot at INFO and DEBUG (Logback's
 * default level when nothing is configured). Lowers them to WARN, but only for loggers whose level
 * nobody configured, so a {@code logback-test.xml} still wins.
 */
final class QuietLogging {

    private static final Map<String, Level> CHATTY = Map.of(
            "org.apache.kafka", Level.WARN,
            "kafka", Level.WARN,
            "state.change.logger", Level.WARN,
            "org.springframework.kafka", Level.WARN,
            // e.g. "adding secondary index ... is not yet implemented": expected with mongo-java-server
            "de.bwaldvogel", Level.ERROR,
            "io.netty", Level.WARN,
            "org.h2", Level.WARN);

    private QuietLogging() {
    }

    static void forInProcessInfrastructure() {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                CHATTY.forEach((name, level) -> {
                    ch.qos.logback.classic.Logger logger = context.getLogger(name);
                    if (logger.getLevel() == null) {
                        logger.setLevel(level);
                    }
                });
            }
        } catch (LinkageError noLogback) {
            // another SLF4J backend: leave its configuration alone
        }
    }

    /**
     * At JVM exit the Kafka test kit's own shutdown hook deletes the broker's temp dir while the broker still
     * runs, which makes it log a screenful of harmless errors (its data is throw-away by design). Nothing it
     * says then matters.
     */
    static void silenceKafkaAtExit() {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                for (String name : new String[] {"org.apache.kafka", "kafka", "state.change.logger", "org.springframework.kafka"}) {
                    context.getLogger(name).setLevel(Level.OFF);
                }
            }
        } catch (LinkageError noLogback) {
            // another SLF4J backend
        }
    }
}
