package fi.osaava.membership.organisation.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.MembershipStatus;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationType;
import fi.osaava.membership.organisation.Ring;
import fi.osaava.membership.organisation.TargetGroup;

record OrganisationView(String id, String name, String businessId, OrganisationType type, Ring ring,
                        MembershipStatus status, List<String> regions, List<String> competenceAreasOffered,
                        List<String> competenceAreasOfInterest, List<TargetGroup> targetGroups,
                        String contactEmail, boolean demo, Instant registeredAt, long revision,
                        @Nullable String website, List<ParticipationView> participations) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.name(), o.businessId(), o.type(), o.ring(), o.status(), o.regions(),
                o.competenceAreasOffered(), o.competenceAreasOfInterest(), o.targetGroups(), o.contactEmail(),
                o.demo(), o.registeredAt(), o.revision(), o.website(),
                o.participations().stream().map(ParticipationView::of).toList());
    }
}
