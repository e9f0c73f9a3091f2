package fi.osaava.membership.organisation;

/**
 * What an organisation does in one ecosystem beside its ring. Only the tasks the operating model names
 * (seeds/000): the rest of what an organisation does follows from its type and ring.
 */
public enum ParticipationRole {
    /**
     * Runs the ecosystem ("koordinoi ekosysteemin toimintaa ja tapaamisia"): approves members, keeps the
     * annual clock. Exactly the ecosystem's coordinator organisation has it; it follows
     * {@code Ecosystem.coordinatorOrganisationId} and is never granted by approval.
     */
    COORDINATOR,
    /** Sits in the ecosystem's working group ("ekosysteemityöryhmä") that prepares themes and the operating model. */
    WORKING_GROUP,
    /**
     * Relays the ecosystem's information to its own sector and back, e.g. to the small service producers
     * that have no time for the working group ("kohdennetaan tiedottamista ... palveluntuottajille").
     */
    CONTACT_POINT
}
