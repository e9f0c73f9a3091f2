package fi.osaava.membership.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.MembershipStatus;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationType;
import fi.osaava.membership.organisation.Participation;
import fi.osaava.membership.organisation.Ring;

/** What anyone may see of a member: no contact data, no business id. */
record PublicOrganisationView(String id, String name, OrganisationType type, Ring ring, MembershipStatus status,
                              List<String> regions, List<String> competenceAreasOffered, boolean demo,
                              @Nullable String website, List<EcosystemCard> ecosystems) {

    static PublicOrganisationView of(Organisation o) {
        return new PublicOrganisationView(o.id(), o.name(), o.type(), o.ring(), o.status(), o.regions(),
                o.competenceAreasOffered(), o.demo(), o.website(), o.participations().stream()
                .filter(Participation::isActive).map(EcosystemCard::of).toList());
    }
}
