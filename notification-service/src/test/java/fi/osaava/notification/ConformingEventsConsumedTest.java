package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.BindingServiceProperties;

import fi.osaava.kit.testing.ConformingEventFeed;
import fi.osaava.kit.testing.ConformingEvents;
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
        Map<String, String> inputs = ConformingEventFeed.inputs(bindings);
        Set<String> fed = new TreeSet<>();
        try (ConformingEventFeed feed = ConformingEventFeed.to(brokers)) {
            inputs.keySet().forEach(topic -> EventTopics.typesOn(topic).forEach(type -> {
                ConformingEvents.of(type, VARIED).forEach(instance -> feed.send(topic, instance));
                fed.add(type);
            }));
            Set.copyOf(inputs.values()).forEach(group -> feed.awaitHandledBy(group, Duration.ofSeconds(60)));

            assertThat(feed.deadLettered("notification.dead-letters.v1")).isEmpty();
            assertThat(fed).containsAll(EventTopics.consumedBy("notification", Path.of("../README.md")));
        }
    }
}
