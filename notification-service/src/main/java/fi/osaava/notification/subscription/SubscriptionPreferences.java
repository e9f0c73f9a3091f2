package fi.osaava.notification.subscription;

import java.util.Optional;
import java.util.Set;

import fi.osaava.notification.matching.Topic;

/**
 * What the unsubscribe and preferences pages may do to one subscription, reached by a signed link and
 * without a login. A person's choices here override what a derived subscription would otherwise be.
 */
public interface SubscriptionPreferences {

    /** The subscription as its pages show it; empty when there is none (erased, or never existed). */
    Optional<PreferencesView> find(String subscriptionId);

    /** Stops the subscription; idempotent, and true when it existed. */
    boolean unsubscribe(String subscriptionId);

    /**
     * The person's own choice of topics, cadence and language (and active again if it was unsubscribed).
     * Returns the subscription as it is now, or empty when there is none.
     *
     * @throws IllegalArgumentException when the topics are empty or not ones this subscription may have
     */
    Optional<PreferencesView> update(String subscriptionId, Set<Topic> topics, Cadence cadence, String language);

    /**
     * @param address         where it goes (an e-mail address, or an endpoint URL)
     * @param derived         made from the organisation's profile rather than by hand
     * @param availableTopics the topics the person may choose from
     */
    record PreferencesView(String subscriptionId, String ownerName, Channel channel, String address, boolean derived,
                           boolean active, Set<Topic> topics, Set<Topic> availableTopics, Cadence cadence,
                           String language) {
    }
}
