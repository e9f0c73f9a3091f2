package fi.osaava.membership.organisation;

/** APPLIED → ACTIVE → SUSPENDED / LEFT; the application workflow comes with governance (issue 6). */
public enum MembershipStatus {
    APPLIED, ACTIVE, SUSPENDED, LEFT
}
