package fi.osaava.membership.organisation;

import fi.osaava.kit.event.EventType;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.event.ActedBy;

/**
 * Body of {@value #TYPE}: the whole editable profile after a change (event-carried state), so a consumer's copy
 * follows without calling back. {@code revision} is the organisation's, shared with its other events.
 */
@EventType(OrganisationProfileChanged.TYPE)
public record OrganisationProfileChanged(String organisationId, List<String> regions,
                                         List<String> competenceAreasOffered, List<String> competenceAreasOfInterest,
                                         List<TargetGroup> targetGroups, String contactEmail,
                                         @Nullable String website, long revision, Instant changedAt,
                                         ActedBy actedBy) {

    public static final String TYPE = "fi.osaava.membership.organisation.profile-changed.v1";
}
