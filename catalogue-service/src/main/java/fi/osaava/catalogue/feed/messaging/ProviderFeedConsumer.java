package fi.osaava.catalogue.feed.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import fi.osaava.catalogue.feed.OfferingUpsertedMessage;
import fi.osaava.catalogue.feed.OfferingWithdrawnMessage;
import fi.osaava.catalogue.feed.ProviderTopics;
import fi.osaava.catalogue.offering.FeedUpsert;
import fi.osaava.catalogue.offering.OfferingManagement;
import fi.osaava.catalogue.offering.OfferingRules;
import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.inbox.IncomingEvent;
import fi.osaava.kit.inbox.IncomingEvents;
import fi.osaava.kit.inbox.MalformedEventException;
import fi.osaava.kit.domain.FieldError;

/**
 * Binding {@code providerOfferings-in-0} reads every {@code provider.<organisationId>.offerings.v1} topic by
 * pattern. The provider is the one whose topic the record came on: the broker's ACLs let only that provider's
 * principal write there. A record that cannot be trusted or read is not retried but dead-lettered with the reason.
 */
@Configuration(proxyBeanMethods = false)
class ProviderFeedConsumer {

    static final Set<String> TYPES = Set.of(OfferingUpsertedMessage.TYPE, OfferingWithdrawnMessage.TYPE);

    @Bean
    Consumer<Message<byte[]>> providerOfferings(IncomingEvents events, OfferingManagement offerings) {
        return message -> {
            String topic = stringHeader(message, KafkaHeaders.RECEIVED_TOPIC);
            String provider = ProviderTopics.organisationOf(topic == null ? "" : topic)
                    .orElseThrow(() -> new MalformedEventException("record came from topic " + topic
                            + ", which is not a provider topic provider.<organisationId>.offerings.v1"));
            String type = events.typeOf(message);
            if (!TYPES.contains(type)) {
                throw new MalformedEventException("unknown event type " + type + " on " + topic + "; a provider feed takes "
                        + TYPES.stream().sorted().toList());
            }
            List<String> violations = EventContracts.violations(type, new String(message.getPayload(), StandardCharsets.UTF_8));
            if (!violations.isEmpty()) {
                throw new MalformedEventException("data of " + type + " on " + topic + " breaks its JSON Schema "
                        + EventContracts.schemaId(type) + ": " + String.join("; ", violations));
            }
            String key = stringHeader(message, KafkaHeaders.RECEIVED_KEY);
            ActedBy actedBy = new ActedBy(provider, "kafka:" + topic);
            if (OfferingUpsertedMessage.TYPE.equals(type)) {
                IncomingEvent<OfferingUpsertedMessage> event = events.read(message, OfferingUpsertedMessage.class);
                trust(event.data().providerOrganisationId(), event.data().externalId(), provider, key, topic);
                FeedUpsert upsert = event.data().toUpsert(provider);
                List<FieldError> broken = OfferingRules.violations(upsert.content());
                if (!broken.isEmpty()) {
                    throw new MalformedEventException("event " + event.data().externalId() + " on " + topic
                            + " breaks the offering rules: " + broken.stream().map(e -> e.field() + " " + e.message())
                            .collect(java.util.stream.Collectors.joining("; ")));
                }
                offerings.upsertFromFeed(upsert, actedBy);
            } else {
                IncomingEvent<OfferingWithdrawnMessage> event = events.read(message, OfferingWithdrawnMessage.class);
                trust(event.data().providerOrganisationId(), event.data().externalId(), provider, key, topic);
                offerings.withdrawFromFeed(provider, event.data().externalId(), event.data().reason().strip(), actedBy);
            }
        };
    }

    /** The claim in the body must agree with the topic, and the key with the externalId (one offering, one partition). */
    private static void trust(@Nullable String claimedProvider, String externalId, String provider, @Nullable String key,
                              String topic) {
        if (claimedProvider != null && !claimedProvider.equals(provider)) {
            throw new MalformedEventException("event claims providerOrganisationId " + claimedProvider
                    + " but came on " + topic + ", the topic of provider " + provider);
        }
        if (!externalId.equals(key)) {
            throw new MalformedEventException("record key " + key + " is not the event's externalId " + externalId);
        }
    }

    private static @Nullable String stringHeader(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
