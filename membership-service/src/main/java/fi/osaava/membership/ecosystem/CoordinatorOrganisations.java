package fi.osaava.membership.ecosystem;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/**
 * What an ecosystem needs to know of the organisations (which live in their own package, which depends
 * on this one and implements this port): that a coordinator organisation exists, and that it takes up,
 * or hands over, the coordination of an ecosystem.
 */
public interface CoordinatorOrganisations {

    boolean exists(String organisationId);

    /**
     * The organisation becomes an active core participant of the ecosystem with the coordinator role;
     * the previous coordinator, if another, loses that role (and keeps its participation).
     */
    void appoint(String ecosystemId, String organisationId, @Nullable String previousOrganisationId, ActedBy actedBy);
}
