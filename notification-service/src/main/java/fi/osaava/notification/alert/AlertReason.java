package fi.osaava.notification.alert;

import java.util.Set;

/** Why a subscriber is alerted about one event: its role and the competence areas that matched (may be empty). */
public record AlertReason(Role role, Set<String> matchedAreas) {

    public enum Role {
        /** an education provider that offers the area in the region */
        PROVIDER_OFFERS,
        /** a service producer in the region that is interested in the area */
        PRODUCER_INTERESTED,
        /** the organisation reported the need the event is about */
        REPORTER,
        /** the organisation endorsed the need the event is about */
        ENDORSER,
        /** an explicit subscription matched */
        SUBSCRIBED
    }
}
