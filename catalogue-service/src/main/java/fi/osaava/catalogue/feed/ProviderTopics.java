package fi.osaava.catalogue.feed;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every provider has its own topic, {@code provider.<organisationId>.offerings.v1}, and may write only to topics
 * with the prefix {@code provider.<organisationId>.}; so where a record came from says who sent it.
 */
public final class ProviderTopics {

    /** What a provider's organisation id may look like: membership gives UUIDs; anything else safe in a topic name. */
    public static final Pattern ORGANISATION_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private static final Pattern TOPIC = Pattern.compile("provider\\.(" + ORGANISATION_ID.pattern() + ")\\.offerings\\.v1");

    private ProviderTopics() {
    }

    public static String topicOf(String organisationId) {
        return prefixOf(organisationId) + "offerings.v1";
    }

    /** The prefix a provider's principal may write to. */
    public static String prefixOf(String organisationId) {
        requireValid(organisationId);
        return "provider." + organisationId + ".";
    }

    /** The Kafka user of a provider's system. */
    public static String usernameOf(String organisationId) {
        requireValid(organisationId);
        return "provider-" + organisationId;
    }

    /** The provider whose topic this is, if it is a provider topic. */
    public static Optional<String> organisationOf(String topic) {
        Matcher matcher = TOPIC.matcher(topic);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static void requireValid(String organisationId) {
        if (!ORGANISATION_ID.matcher(organisationId).matches()) {
            throw new IllegalArgumentException("not an organisation id: " + organisationId);
        }
    }
}
