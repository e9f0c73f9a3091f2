package fi.osaava.kit.outbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.BsonValue;

import com.mongodb.MongoServerException;
import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * Asks the relay for a sweep when a write to an outbox collection went to the store and no answer came back (the
 * connection broke, the store went away or did not answer in time). Such a write may have been applied, events and
 * all, while its writer saw an error and rang no {@link OutboxSignals signal}: a Kafka consumer that tries its record
 * again finds nothing left to change and writes nothing, a client that asks again may be refused as a repeat. Without
 * this the events would wait for the next periodic sweep (5 minutes by default). A write the store answered with an
 * error is not ambiguous and asks for nothing.
 */
final class OutboxWriteWatch implements CommandListener {

    private static final Set<String> WRITES = Set.of("insert", "update", "findAndModify");

    private final OutboxSignals signals;
    /** The request ids of writes to an outbox collection that are on their way. */
    private final Set<Integer> inFlight = ConcurrentHashMap.newKeySet();

    OutboxWriteWatch(OutboxSignals signals) {
        this.signals = signals;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (WRITES.contains(event.getCommandName())) {
            BsonValue collection = event.getCommand().get(event.getCommandName());
            if (collection != null && collection.isString() && signals.watches(collection.asString().getValue())) {
                inFlight.add(event.getRequestId());
            }
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        inFlight.remove(event.getRequestId());
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        if (inFlight.remove(event.getRequestId()) && !(event.getThrowable() instanceof MongoServerException)) {
            signals.sweepSoon();
        }
    }
}
