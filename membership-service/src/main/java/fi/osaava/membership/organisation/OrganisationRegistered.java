package fi.osaava.membership.organisation;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}: the organisation's whole profile (event-carried state), so consumers keep
 * their own directory without calling back. {@code revision} lets them drop stale events. {@code status}
 * is the organisation's overall status (see {@link Organisation#status()}); {@code website} is optional in v1.
 * {@code kind} is {@link OrganisationType#kind()}, so a consumer need not know the types (added within v1: events
 * written before it lack it).
 */
@EventType(OrganisationRegistered.TYPE)
public record OrganisationRegistered(String organisationId, String name, String businessId, OrganisationType type,
                                     Ring ring, MembershipStatus status, List<String> regions,
                                     List<String> competenceAreasOffered, List<String> competenceAreasOfInterest,
                                     List<TargetGroup> targetGroups, String contactEmail, boolean demo,
                                     Instant registeredAt, long revision, ActedBy actedBy,
                                     @Nullable String website, OrganisationKind kind) {

    public static final String TYPE = "fi.osaava.membership.organisation.registered.v1";
}
