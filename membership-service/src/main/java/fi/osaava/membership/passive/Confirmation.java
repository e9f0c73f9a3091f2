package fi.osaava.membership.passive;

/** What a confirmation link does (or would do). */
public enum Confirmation {
    /** the address is confirmed now */
    CONFIRMED,
    /** it was confirmed before: nothing changes */
    ALREADY_CONFIRMED,
    /** the link is too old: joining again sends a new one */
    EXPIRED,
    /** no such link, or a later mail replaced it, or the member has left */
    UNKNOWN
}
