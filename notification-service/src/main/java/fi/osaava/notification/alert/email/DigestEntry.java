package fi.osaava.notification.alert.email;

import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.matching.AlertEvent;

/** One alert in a digest, with why this subscriber got it. */
public record DigestEntry(AlertEvent event, AlertReason reason) {
}
