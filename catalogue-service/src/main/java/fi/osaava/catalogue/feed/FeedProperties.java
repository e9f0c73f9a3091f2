package fi.osaava.catalogue.feed;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Providers' own Kafka feeds.
 *
 * @param providerBootstrapServers the Kafka address providers' systems are told to use (their side of the
 *                                 network); defaults to the binder's brokers
 * @param partitions               partitions of a new provider topic
 * @param replicationFactor        replicas of a new provider topic
 * @param topicDiscoveryIntervalMs how often the pattern subscription looks for new provider topics (the
 *                                 consumer's {@code metadata.max.age.ms})
 */
@ConfigurationProperties("osaava.feeds")
public record FeedProperties(
        @Nullable String providerBootstrapServers,
        @DefaultValue("1") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("30000") long topicDiscoveryIntervalMs) {
}
