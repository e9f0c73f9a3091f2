package fi.osaava.membership.organisation.web;

import java.util.List;

import fi.osaava.membership.organisation.Participation;
import fi.osaava.membership.organisation.ParticipationRole;
import fi.osaava.membership.organisation.Ring;

/** Where an organisation actively takes part, as anyone may see it: the ecosystem, its ring and roles there. */
record EcosystemCard(String ecosystemId, Ring ring, List<ParticipationRole> roles) {

    static EcosystemCard of(Participation p) {
        return new EcosystemCard(p.ecosystemId(), p.ring(), p.roles());
    }
}
