package fi.osaava.portal.preferences;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.portal.alerts.SubscriptionForm;

/** One of the person's own subscriptions as notification-service's {@code /api/my/subscriptions} shows it. */
public record MySubscription(String id, String ownerName, String source, @Nullable String name, String address,
                             List<String> topics, List<String> availableTopics, List<String> competenceAreas,
                             List<String> regions, String cadence, String language, boolean active,
                             boolean unsubscribed) {

    public MySubscription {
        topics = topics == null ? List.of() : topics;
        availableTopics = availableTopics == null ? List.of() : availableTopics;
        competenceAreas = competenceAreas == null ? List.of() : competenceAreas;
        regions = regions == null ? List.of() : regions;
    }

    /** Derived from the organisation's profile: areas and regions left empty follow the profile. */
    public boolean isDerived() {
        return "DERIVED".equals(source);
    }

    /** The topics the person may choose here, in the page's order. */
    public List<String> choosableTopics() {
        return SubscriptionForm.TOPICS.stream().filter(availableTopics::contains).toList();
    }
}
