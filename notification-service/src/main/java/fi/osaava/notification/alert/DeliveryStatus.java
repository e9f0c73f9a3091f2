package fi.osaava.notification.alert;

/**
 * PENDING → SENT, or FAILED (retried with back-off) → SENT or, after the last attempt, DEAD.
 * CANCELLED: every address was erased before the alert could go to it.
 */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, DEAD, CANCELLED;

    /** Still to be sent: it waits in the delivery queue. */
    public boolean due() {
        return this == PENDING || this == FAILED;
    }
}
