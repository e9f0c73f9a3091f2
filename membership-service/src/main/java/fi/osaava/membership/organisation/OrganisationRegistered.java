package fi.osaava.membership.organisation;

import java.time.Instant;
import java.util.List;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}: the organisation's whole profile (event-carried state), so consumers keep
 * their own directory without calling back. {@code revision} lets them drop stale events.
 */
public record OrganisationRegistered(String organisationId, String name, String businessId, OrganisationType type,
                                     Ring ring, MembershipStatus status, List<String> regions,
                                     List<String> competenceAreasOffered, List<String> competenceAreasOfInterest,
                                     List<TargetGroup> targetGroups, String contactEmail, boolean demo,
                                     Instant registeredAt, long revision, ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.membership.organisation.registered.v1";
}
