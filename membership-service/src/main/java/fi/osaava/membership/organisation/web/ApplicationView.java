package fi.osaava.membership.organisation.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.Organisation;
import fi.osaava.membership.organisation.OrganisationType;
import fi.osaava.membership.organisation.Participation;
import fi.osaava.membership.organisation.Ring;

/** A pending application as the ecosystem's coordinator weighs it: the whole organisation and what it asks. */
record ApplicationView(String organisationId, String name, String businessId, OrganisationType type,
                       List<String> regions, List<String> competenceAreasOffered,
                       List<String> competenceAreasOfInterest, @Nullable String website, String contactEmail,
                       List<ContactPersonView> contactPersons, Ring requestedRing, @Nullable String motivation,
                       Instant appliedAt, List<ParticipationView> participations) {

    static ApplicationView of(Organisation o, Participation applied) {
        return new ApplicationView(o.id(), o.name(), o.businessId(), o.type(), o.regions(), o.competenceAreasOffered(),
                o.competenceAreasOfInterest(), o.website(), o.contactEmail(),
                o.contactPersons().stream().map(ContactPersonView::of).toList(), applied.ring(), applied.motivation(),
                applied.since(), o.participations().stream().map(ParticipationView::of).toList());
    }
}
