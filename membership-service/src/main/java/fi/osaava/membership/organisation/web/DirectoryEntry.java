package fi.osaava.membership.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.osaava.membership.organisation.ContactPerson;
import fi.osaava.membership.organisation.DirectoryAudience;
import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationType;

/**
 * One organisation in the member directory. Anyone sees the public card; a member also the contact persons
 * who consented to be listed; the coordinator of an ecosystem the organisation takes part in (and the
 * platform coordinator) every contact person, the business id and the organisation's address.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DirectoryEntry(String id, String name, OrganisationType type, List<EcosystemCard> ecosystems,
                      List<String> regions, List<String> competenceAreasOffered,
                      List<String> competenceAreasOfInterest, @Nullable String website, boolean demo,
                      @Nullable List<?> contactPersons, @Nullable String businessId, @Nullable String contactEmail) {

    static DirectoryEntry of(Organisation o, @Nullable String ecosystemId, DirectoryAudience audience) {
        List<EcosystemCard> ecosystems = o.participations().stream()
                .filter(p -> p.isActive() && (ecosystemId == null || p.ecosystemId().equals(ecosystemId)))
                .map(EcosystemCard::of).toList();
        List<?> contacts = switch (audience) {
            case PUBLIC -> null;
            case MEMBER -> o.contactPersons().stream().filter(ContactPerson::listed).map(ListedContactPersonView::of)
                    .toList();
            case COORDINATOR -> o.contactPersons().stream().map(ContactPersonView::of).toList();
        };
        boolean all = audience == DirectoryAudience.COORDINATOR;
        return new DirectoryEntry(o.id(), o.name(), o.type(), ecosystems, o.regions(), o.competenceAreasOffered(),
                o.competenceAreasOfInterest(), o.website(), o.demo(), contacts, all ? o.businessId() : null,
                all ? o.contactEmail() : null);
    }
}
