package fi.osaava.notification.alert;

/** PENDING → SENT, or FAILED (retried with back-off) → SENT or, after the last attempt, DEAD. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, DEAD
}
