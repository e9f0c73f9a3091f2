package fi.osaava.notification.alert;

import java.util.List;

import org.springframework.data.mongodb.core.query.Update;

/**
 * An attempt's outcome as one update by id: only the fields an attempt changes, and of the addresses only
 * what changed in each (sent, or erased as no longer a contact), so an erasure written meanwhile is not
 * overwritten. The version goes up, so an erasure that read the delivery before tries again on what it is now.
 */
final class DeliveryUpdates {

    private DeliveryUpdates() {
    }

    static Update of(Delivery delivery, List<Addressee> before, boolean renderedNow) {
        Update update = new Update()
                .set("status", delivery.status())
                .set("attempts", delivery.attempts())
                .set("lastError", delivery.lastError())
                .set("sentAt", delivery.sentAt())
                .set("nextAttemptAt", delivery.nextAttemptAt())
                .inc("version", 1);
        List<Addressee> after = delivery.addressees();
        if (before.size() != after.size()) {
            update.set("addressees", after);
        } else {
            for (int i = 0; i < after.size(); i++) {
                Addressee now = after.get(i);
                if (now.equals(before.get(i))) {
                    continue;
                }
                if (now.erased() && !before.get(i).erased()) {
                    update.set("addressees." + i, now);
                } else {
                    update.set("addressees." + i + ".sentAt", now.sentAt());
                }
            }
        }
        if (renderedNow) {
            update.set("subject", delivery.subject());
            if (delivery.status().due()) {
                // a retry sends what this attempt rendered; once sent, the log keeps only the subject
                update.set("body", delivery.body()).set("html", delivery.html())
                        .set("unsubscribeUrl", delivery.unsubscribeUrl()).set("payload", delivery.payload());
            }
        }
        return update;
    }
}
