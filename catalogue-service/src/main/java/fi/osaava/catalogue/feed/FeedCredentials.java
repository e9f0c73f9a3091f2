package fi.osaava.catalogue.feed;

/**
 * What a provider's system needs to publish its offerings; the password is shown this once and stored only
 * as a salted SCRAM hash by the broker.
 */
public record FeedCredentials(String organisationId, String username, String password, String topic,
                              String topicPrefix, String bootstrapServers, String securityProtocol,
                              String saslMechanism) {

    /** Never the password, should this end up in a log. */
    @Override
    public String toString() {
        return "FeedCredentials[" + username + " on " + topic + " at " + bootstrapServers + ", password hidden]";
    }
}
