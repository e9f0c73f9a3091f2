package fi.osaava.notification.source.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fi.osaava.kit.inbox.IncomingEvents;
import fi.osaava.notification.alert.NeedPublishedMessage;
import fi.osaava.notification.source.AlertSources;
import fi.osaava.notification.source.Messages;

/**
 * Bindings {@code competenceNeedEvents-in-0} ({@code needs.competence-needs.v1}), {@code offeringEvents-in-0}
 * ({@code catalogue.offerings.v1}), {@code governanceEvents-in-0} ({@code membership.governance.v1}) and
 * {@code ecosystemEvents-in-0} ({@code membership.ecosystems.v1}). Other types are ignored.
 */
@Configuration(proxyBeanMethods = false)
class AlertSourceConsumers {

    private static final Logger log = LoggerFactory.getLogger(AlertSourceConsumers.class);

    @Bean
    Consumer<Message<byte[]>> competenceNeedEvents(IncomingEvents events, AlertSources sources) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case NeedPublishedMessage.TYPE -> sources.needPublished(events.read(message, NeedPublishedMessage.class));
                case Messages.NeedAnswered.TYPE -> sources.needAnswered(events.read(message, Messages.NeedAnswered.class));
                case Messages.NeedCoverageGained.TYPE ->
                        sources.needCoverageGained(events.read(message, Messages.NeedCoverageGained.class));
                default -> log.debug("Ignoring need event of type {}", type);
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> offeringEvents(IncomingEvents events, AlertSources sources) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case Messages.Offering.PUBLISHED -> sources.offeringPublished(events.read(message, Messages.Offering.class));
                case Messages.Offering.UPDATED -> sources.offeringUpdated(events.read(message, Messages.Offering.class));
                case Messages.OfferingEnded.WITHDRAWN, Messages.OfferingEnded.ARCHIVED ->
                        sources.offeringEnded(events.read(message, Messages.OfferingEnded.class));
                default -> log.debug("Ignoring offering event of type {}", type);
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> governanceEvents(IncomingEvents events, AlertSources sources) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case Messages.MeetingScheduled.TYPE ->
                        sources.meetingScheduled(events.read(message, Messages.MeetingScheduled.class));
                case Messages.AnnualClockEntryDue.TYPE ->
                        sources.annualClockEntryDue(events.read(message, Messages.AnnualClockEntryDue.class));
                default -> log.debug("Ignoring governance event of type {}", type);
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> ecosystemEvents(IncomingEvents events, AlertSources sources) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case Messages.EcosystemChanged.FOUNDED, Messages.EcosystemChanged.UPDATED ->
                        sources.ecosystemChanged(events.read(message, Messages.EcosystemChanged.class));
                default -> log.debug("Ignoring ecosystem event of type {}", type);
            }
        };
    }
}
