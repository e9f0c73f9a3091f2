package fi.osaava.membership.passive;

public enum PassiveMemberStatus {
    /** joined, the address not yet confirmed: nothing about it leaves this service */
    PENDING,
    /** the address is confirmed: it receives alerts */
    ACTIVE,
    /** left by its own leave link: the address is gone, its SHA-256 stays */
    LEFT,
    /** erased by the ecosystem's coordinator: neither the address nor its SHA-256 stays */
    ERASED
}
