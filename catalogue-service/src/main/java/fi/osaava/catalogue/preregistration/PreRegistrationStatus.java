package fi.osaava.catalogue.preregistration;

/** PRE_REGISTERED → COMMITTED (binding); either → CANCELLED before the deadline, which frees the seats. */
public enum PreRegistrationStatus {
    PRE_REGISTERED, COMMITTED, CANCELLED;

    boolean holdsSeats() {
        return this != CANCELLED;
    }
}
