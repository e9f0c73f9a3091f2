package fi.osaava.kit.outbox;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Rings {@link OutboxSignals} after every insert or save through Spring Data whose document carries pending
 * events. Fires only after the write succeeded (a save that failed its version check rings nothing).
 */
final class OutboxWriteListener extends AbstractMongoEventListener<Object> {

    private final OutboxSignals signals;

    OutboxWriteListener(OutboxSignals signals) {
        this.signals = signals;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Object> event) {
        Document document = event.getDocument();
        if (document != null && document.get("outbox") instanceof List<?> outbox && !outbox.isEmpty()
                && document.get("_id") != null) {
            signals.written(event.getCollectionName(), document.get("_id"));
        }
    }
}
