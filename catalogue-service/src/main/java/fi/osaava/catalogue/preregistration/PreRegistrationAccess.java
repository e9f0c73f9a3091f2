package fi.osaava.catalogue.preregistration;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with pre-registrations. Organisations pre-register, change, commit and cancel for themselves (a
 * member or its system; the coordinator holds no seats). A draft offering takes none and is its provider's alone;
 * the whole list is for the offering's provider and the coordinator.
 */
@Component
class PreRegistrationAccess implements FeatureAccess {

    static final List<String> MEMBER_OR_SYSTEM = List.of(Actor.MEMBER, Actor.SYSTEM);

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.of(HttpMethod.POST, MEMBER_OR_SYSTEM, "/api/offerings/*/pre-registrations",
                        "/api/offerings/*/pre-registrations/mine/commit")
                .and(RoleEndpoints.of(HttpMethod.PUT, MEMBER_OR_SYSTEM, "/api/offerings/*/pre-registrations/mine"))
                .and(RoleEndpoints.of(HttpMethod.DELETE, MEMBER_OR_SYSTEM, "/api/offerings/*/pre-registrations/mine"));
    }

    /** A draft offering is there only for its provider; anyone else is told it does not exist. */
    boolean maySee(OfferingTerms terms, Actor actor) {
        return !terms.isDraft() || terms.providedBy(actor.organisationId());
    }

    /** Every organisation's pre-registration: the offering's provider and the coordinator only. */
    void requireSeesAll(OfferingTerms terms, Actor actor) {
        if (!terms.providedBy(actor.organisationId()) && !actor.isCoordinator()) {
            throw new NotPermittedException("Only the offering's provider and the coordinator see its pre-registrations;"
                    + " your own is at /api/offerings/" + terms.offeringId() + "/pre-registrations/mine");
        }
    }
}
