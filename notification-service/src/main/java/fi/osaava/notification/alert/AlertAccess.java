package fi.osaava.notification.alert;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who reads the delivery log: the coordinator any of it; an organisation only the deliveries to itself. Who reads
 * the reach of an event: the coordinator any; an organisation that of its own needs, without the others' contacts.
 * Any role may call the endpoints, so the rules need what was asked ({@link #requireMayReadDeliveries},
 * {@link #requireMayReadReach}).
 */
@Component
public class AlertAccess implements FeatureAccess {

    @Override
    public RoleEndpoints roleEndpoints() {
        return RoleEndpoints.NONE;
    }

    /**
     * The coordinator reads any part of the log; anyone else only the deliveries to their own organisation
     * ({@code recipientId} = its id), never the log per event, per need or the most recent (403).
     */
    public void requireMayReadDeliveries(Actor actor, @Nullable String recipientId) {
        if (!actor.isCoordinator() && (recipientId == null || !actor.actsFor(recipientId))) {
            throw new NotPermittedException("An organisation reads only its own deliveries (recipientId=its id)");
        }
    }

    /**
     * Who an event reached: the coordinator any event's; an organisation's member the events of its own acts (the
     * needs it reported), 403 for anyone else.
     */
    public void requireMayReadReach(Actor actor, @Nullable String originOrganisationId) {
        if (!actor.isCoordinator() && (originOrganisationId == null || !actor.actsFor(originOrganisationId))) {
            throw new NotPermittedException("An organisation reads the reach of its own needs only");
        }
    }

    /**
     * Whether the reach shows where alerts went (addresses, contact persons, subscriptions): the coordinator's
     * alone; an organisation sees the others' names and outcomes only.
     */
    public boolean seesContacts(Actor actor) {
        return actor.isCoordinator();
    }
}
