package fi.osaava.kit.event;

import java.time.Instant;

/**
 * A domain event waiting in its aggregate's own document until the relay has published it.
 * Keeping it there makes the state change and the event one atomic write, with or without
 * multi-document transactions.
 *
 * @param eventId  becomes {@code ce_id}; consumers deduplicate on it
 * @param type     becomes {@code ce_type}, e.g. {@code fi.osaava.needs.competence-need.published.v1}
 * @param subject  becomes {@code ce_subject} and the Kafka record key: the aggregate id
 * @param time     becomes {@code ce_time}
 * @param payload  the JSON body, serialised when the event was raised
 */
public record OutboxEvent(String eventId, String type, String subject, Instant time, String payload) {
}
