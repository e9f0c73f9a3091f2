package fi.osaava.notification.alert;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.notification.matching.AlertEvent;

/**
 * One alert waiting for a subscription's digest; its id {@code <event key>:<subscription id>} is the ledger
 * key, so a redelivered event waits once. {@code slotAt} is the first digest time after it arrived;
 * {@code digestId} the digest delivery it was put into (none yet while it waits).
 */
@Document("digest-items")
@CompoundIndex(name = "waiting", def = "{'digestId': 1, 'slotAt': 1}")
record DigestItem(@Id String id, String subscriptionId, AlertEvent event, AlertReason reason, Instant createdAt,
                  Instant slotAt, @Nullable String digestId) {
}
