package fi.osaava.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.BindingServiceProperties;

import fi.osaava.kit.testing.ConformingEventFeed;
import fi.osaava.kit.testing.EventTopics;
import fi.osaava.kit.testing.ServiceIntegrationTest;

/**
 * The contract as a consumer must take it: every event that conforms to its schema is consumed without error,
 * whatever the schema leaves out or allows to be null, for every type on every topic this service reads.
 */
@ServiceIntegrationTest
class ConformingEventsConsumedTest {

    static final int VARIED = 12;

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    BindingServiceProperties bindings;

    @Test
    void everyEventThatConformsToItsSchemaIsConsumedWithoutDeadLettering() {
        try (ConformingEventFeed feed = ConformingEventFeed.to(brokers)) {
            Set<String> fed = feed.feedEveryTypeConsumed(bindings, VARIED, Duration.ofSeconds(60));

            assertThat(feed.deadLettered("needs.dead-letters.v1")).isEmpty();
            assertThat(fed).containsAll(EventTopics.consumedBy("needs", Path.of("../README.md")));
        }
    }
}
