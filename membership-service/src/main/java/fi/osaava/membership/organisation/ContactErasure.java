package fi.osaava.membership.organisation;

/** What asking to erase a contact person found. */
public enum ContactErasure {
    /** the person was there and is gone now */
    ERASED,
    /** the person was erased before: nothing left to do */
    ALREADY_ERASED,
    /** no such person was ever a contact of this organisation */
    UNKNOWN
}
