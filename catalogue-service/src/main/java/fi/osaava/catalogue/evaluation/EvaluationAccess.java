package fi.osaava.catalogue.evaluation;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who may do what with evaluations. Organisations rate (a member or its system), never their own offering, and a
 * FUNDED one only if they took part in it. An offering's evaluations are for its provider and the coordinator; a
 * provider's report for the provider itself and the coordinator; the report by category for the coordinator.
 */
@Component
class EvaluationAccess implements FeatureAccess {

    static final List<String> MEMBER_OR_SYSTEM = List.of(Actor.MEMBER, Actor.SYSTEM);

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.of(HttpMethod.POST, MEMBER_OR_SYSTEM, "/api/offerings/*/evaluations");
    }

    /** A draft offering is there only for its provider; anyone else is told it does not exist. */
    boolean maySee(EvaluatedOffering offering, Actor actor) {
        return !offering.isDraft() || offering.providedBy(actor.organisationId());
    }

    void requireNotProvider(EvaluatedOffering offering, String organisationId) {
        if (offering.providedBy(organisationId)) {
            throw new NotPermittedException("The provider does not evaluate its own offering");
        }
    }

    /** On a FUNDED offering only organisations that pre-registered (and did not cancel); on any other, anyone. */
    void requireParticipant(EvaluatedOffering offering, BooleanSupplier holdsSeats) {
        if (offering.isFunded() && !holdsSeats.getAsBoolean()) {
            throw new NotPermittedException("Offering " + offering.id() + " is FUNDED: only organisations that"
                    + " pre-registered to it (and did not cancel) evaluate it");
        }
    }

    void requireSeesEvaluations(EvaluatedOffering offering, Actor actor) {
        if (!offering.providedBy(actor.organisationId()) && !actor.isCoordinator()) {
            throw new NotPermittedException("Only the offering's provider and the coordinator see its evaluations");
        }
    }

    void requireSeesProviderReport(String organisationId, Actor actor) {
        if (!actor.actsFor(organisationId) && !actor.isCoordinator()) {
            throw new NotPermittedException(
                    "Only the provider itself and the coordinator see a provider's evaluation report");
        }
    }

    void requireSeesCategoryReport(Actor actor) {
        if (!actor.isCoordinator()) {
            throw new NotPermittedException("Only the coordinator sees the evaluation report by category");
        }
    }
}
