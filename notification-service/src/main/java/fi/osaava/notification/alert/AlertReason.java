package fi.osaava.notification.alert;

import java.util.Set;

/** Why one organisation is alerted about one need: its role and the competence areas that matched. */
public record AlertReason(Role role, Set<String> matchedAreas) {

    public enum Role {
        /** an education provider that offers the area in the region */
        PROVIDER_OFFERS,
        /** a service producer in the region that is interested in the area */
        PRODUCER_INTERESTED
    }
}
