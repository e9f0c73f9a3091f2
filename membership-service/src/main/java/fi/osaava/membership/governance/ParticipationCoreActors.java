package fi.osaava.membership.governance;

import org.springframework.stereotype.Component;

import fi.osaava.membership.organisation.OrganisationLookup;
import fi.osaava.membership.organisation.ParticipationStatus;
import fi.osaava.membership.organisation.Ring;

/** A core actor of an ecosystem: an organisation active in that ecosystem's core ring. */
@Component
class ParticipationCoreActors implements CoreActors {

    private final OrganisationLookup organisations;

    ParticipationCoreActors(OrganisationLookup organisations) {
        this.organisations = organisations;
    }

    @Override
    public boolean isCoreActor(String ecosystemId, String organisationId) {
        return organisations.find(organisationId)
                .flatMap(organisation -> organisation.findParticipation(ecosystemId))
                .filter(participation -> participation.ring() == Ring.CORE)
                .filter(participation -> participation.status() == ParticipationStatus.ACTIVE)
                .isPresent();
    }
}
