package fi.osaava.membership.identity;

/** What a client may do, carried in its tokens' {@code roles} claim. */
public enum Role {
    /** The ecosystem's coordinator: administers organisations and their clients. */
    COORDINATOR,
    /** Acts as a member organisation. */
    MEMBER,
    /** A machine: an organisation's own system integrating with the APIs. */
    SYSTEM
}
