package fi.osaava.membership.organisation;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.ecosystem.CoordinatorOrganisations;

/**
 * The ecosystems' port to the registered organisations (this package depends on the ecosystems, not back;
 * and on the repository only, as {@link OrganisationManagement} depends on the ecosystems' management).
 */
@Component
class RegisteredCoordinatorOrganisations implements CoordinatorOrganisations {

    private final Organisations organisations;
    private final Clock clock;

    RegisteredCoordinatorOrganisations(Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public boolean exists(String organisationId) {
        return organisations.existsById(organisationId);
    }

    /** Idempotent: an organisation that coordinates already, or a previous one without the role, stays as it is. */
    @Override
    public void appoint(String ecosystemId, String organisationId, @Nullable String previousOrganisationId,
                        ActedBy actedBy) {
        if (previousOrganisationId != null && !previousOrganisationId.equals(organisationId)) {
            OptimisticRetry.run(() -> organisations.findById(previousOrganisationId)
                    .filter(previous -> previous.handOverCoordination(ecosystemId, clock.instant(), actedBy))
                    .map(organisations::save));
        }
        OptimisticRetry.run(() -> {
            Organisation organisation = organisations.findById(organisationId)
                    .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
            return organisation.takeCoordination(ecosystemId, clock.instant(), actedBy)
                    ? organisations.save(organisation) : organisation;
        });
    }
}
