package fi.osaava.membership.governance;

import org.springframework.stereotype.Component;

import fi.osaava.membership.organisation.MembershipStatus;
import fi.osaava.membership.organisation.Organisations;
import fi.osaava.membership.organisation.Ring;

/**
 * Answers from the organisation's one global ring: an active organisation of the core ring is a core actor
 * of every ecosystem. To be replaced by the organisation's ring in that ecosystem once rings are per ecosystem.
 */
@Component
class OrganisationRingCoreActors implements CoreActors {

    private final Organisations organisations;

    OrganisationRingCoreActors(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public boolean isCoreActor(String ecosystemId, String organisationId) {
        return organisations.findById(organisationId)
                .filter(organisation -> organisation.ring() == Ring.CORE)
                .filter(organisation -> organisation.status() == MembershipStatus.ACTIVE)
                .isPresent();
    }
}
