package fi.osaava.membership.organisation;

/**
 * An organisation's standing in one ecosystem: APPLIED → ACTIVE (approved) or REJECTED; ACTIVE ↔ SUSPENDED;
 * ACTIVE or SUSPENDED → LEFT. A LEFT or REJECTED organisation may apply again.
 */
public enum ParticipationStatus {
    APPLIED, ACTIVE, SUSPENDED, LEFT, REJECTED
}
