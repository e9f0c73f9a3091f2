package fi.osaava.notification.alert;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fi.osaava.kit.domain.NotPermittedException;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.FeatureAccess;
import fi.osaava.kit.security.RoleEndpoints;

/**
 * Who reads the delivery log: the coordinator any of it; an organisation only the deliveries to itself. Any role
 * may call the endpoint, so the rule needs what was asked and is {@link #requireMayReadDeliveries}.
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
}
