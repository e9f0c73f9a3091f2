package fi.osaava.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.test.context.TestPropertySource;

import fi.osaava.catalogue.feed.ProviderTopics;
import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.ConformingEventFeed;
import fi.osaava.kit.testing.ConformingEvents;
import fi.osaava.kit.testing.ConformingEvents.Instance;
import fi.osaava.kit.testing.EventTopics;
import fi.osaava.kit.testing.ServiceIntegrationTest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract as a consumer must take it: every event that conforms to its schema is consumed without error,
 * whatever the schema leaves out or allows to be null, for every type on every topic this service reads. A
 * provider's feed dead-letters what breaks the schema on purpose; what conforms to it must be taken.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "osaava.feeds.topic-discovery-interval-ms=500")
class ConformingEventsConsumedTest {

    static final int VARIED = 12;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @Autowired
    BindingServiceProperties bindings;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void everyEventThatConformsToItsSchemaIsConsumedWithoutDeadLettering() {
        Map<String, String> inputs = ConformingEventFeed.inputs(bindings);
        String provider = "org-" + UUID.randomUUID();
        String providerTopic = ProviderTopics.topicOf(provider);
        broker.addTopicsWithResults(providerTopic, "catalogue.dead-letters.v1");
        Set<String> fed = new TreeSet<>();
        try (ConformingEventFeed feed = ConformingEventFeed.to(brokers)) {
            inputs.keySet().forEach(destination -> EventTopics.typesOn(destination).forEach(type -> {
                boolean feedTopic = providerTopic.matches(destination);
                String topic = feedTopic ? providerTopic : destination;
                ConformingEvents.of(type, VARIED).forEach(instance -> {
                    if (EventContracts.PROVIDER_OFFERING_WITHDRAWN.equals(type)) {
                        // a withdrawal of an offering the provider never fed is refused on purpose: feed it first
                        feed.send(topic, offeredBefore(instance.text("externalId")));
                    }
                    feed.send(topic, feedTopic ? onTheTopicOf(provider, instance) : instance);
                });
                fed.add(type);
            }));
            Set.copyOf(inputs.values()).forEach(group -> feed.awaitHandledBy(group, Duration.ofSeconds(60)));

            // the upsert's contract says it: an offering breaking the offering rules (which JSON Schema cannot
            // state, such as endsAt before startsAt) is dead-lettered; nothing else that conforms may be
            assertThat(feed.deadLettered("catalogue.dead-letters.v1"))
                    .allSatisfy(dead -> assertThat(dead).startsWith(EventContracts.PROVIDER_OFFERING_UPSERTED)
                            .contains("breaks the offering rules:").doesNotContain(" minimal: "));
            assertThat(fed).containsAll(EventTopics.consumedBy("catalogue", Path.of("../README.md")));
        }
    }

    /** The contract's example upsert, under this externalId. */
    private static Instance offeredBefore(String externalId) {
        ObjectNode data = (ObjectNode) JSON.readTree(EventContracts.example(EventContracts.PROVIDER_OFFERING_UPSERTED));
        data.put("externalId", externalId);
        data.remove("providerOrganisationId");
        return new Instance(EventContracts.PROVIDER_OFFERING_UPSERTED, "example", JSON.writeValueAsString(data));
    }

    /** A feed's record may name its provider; if it does, it must be the topic's (a claim for another is refused). */
    private static Instance onTheTopicOf(String provider, Instance instance) {
        ObjectNode data = (ObjectNode) instance.data();
        if (data.hasNonNull("providerOrganisationId")) {
            data.put("providerOrganisationId", provider);
        }
        String json = JSON.writeValueAsString(data);
        EventContracts.assertConforms(instance.type(), json);
        return new Instance(instance.type(), instance.label(), json);
    }
}
