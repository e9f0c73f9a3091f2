package fi.osaava.needs.coverage.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fi.osaava.kit.inbox.IncomingEvent;
import fi.osaava.kit.inbox.IncomingEvents;
import fi.osaava.needs.coverage.CoverageManagement;
import fi.osaava.needs.coverage.OfferingEndedMessage;
import fi.osaava.needs.coverage.OfferingPublishedMessage;
import fi.osaava.needs.coverage.OfferingState;
import fi.osaava.needs.coverage.PublishedOffering;

/**
 * Binding {@code offeringEvents-in-0} reads {@code catalogue.offerings.v1}: the read model of published
 * offerings and, with it, the coverage of needs. A record that cannot be read goes to
 * {@code needs.dead-letters.v1} with the reason; the consumer goes on.
 */
@Configuration(proxyBeanMethods = false)
class OfferingEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(OfferingEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> offeringEvents(IncomingEvents events, CoverageManagement coverage) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case OfferingPublishedMessage.PUBLISHED, OfferingPublishedMessage.UPDATED -> {
                    IncomingEvent<OfferingPublishedMessage> event = events.read(message, OfferingPublishedMessage.class);
                    int changed = coverage.offeringPublished(readModelOf(event));
                    log.info("Offering {} ({}) changed the coverage of {} need(s)", event.data().offeringId(), type, changed);
                }
                case OfferingEndedMessage.WITHDRAWN -> {
                    IncomingEvent<OfferingEndedMessage> event = events.read(message, OfferingEndedMessage.class);
                    int changed = coverage.offeringWithdrawn(event.data().offeringId(), event.time());
                    log.info("Offering {} withdrawn: the coverage of {} need(s) changed", event.data().offeringId(), changed);
                }
                case OfferingEndedMessage.ARCHIVED -> {
                    IncomingEvent<OfferingEndedMessage> event = events.read(message, OfferingEndedMessage.class);
                    coverage.offeringArchived(event.data().offeringId(), event.time());
                }
                default -> log.debug("Ignoring offering event of type {}", type);
            }
        };
    }

    private static PublishedOffering readModelOf(IncomingEvent<OfferingPublishedMessage> event) {
        OfferingPublishedMessage offering = event.data();
        return new PublishedOffering(offering.offeringId(), offering.providerOrganisationId(), offering.title(),
                offering.competenceAreas(), offering.regions(), offering.targetGroups(),
                offering.delivery() == null ? null : offering.delivery().mode(), offering.startsAt(), offering.endsAt(),
                OfferingState.PUBLISHED, event.time());
    }
}
