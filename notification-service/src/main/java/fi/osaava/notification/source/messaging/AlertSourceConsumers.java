package fi.osaava.notification.source.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fi.osaava.kit.inbox.IncomingEvents;
import fi.osaava.notification.source.AlertSources;
import fi.osaava.notification.source.AnnualClockEntryDueMessage;
import fi.osaava.notification.source.EcosystemChangedMessage;
import fi.osaava.notification.source.MeetingScheduledMessage;
import fi.osaava.notification.source.NeedAnsweredMessage;
import fi.osaava.notification.source.NeedCoverageGainedMessage;
import fi.osaava.notification.source.NeedPublishedMessage;
import fi.osaava.notification.source.OfferingEndedMessage;
import fi.osaava.notification.source.OfferingPublishedMessage;

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
                case NeedAnsweredMessage.TYPE -> sources.needAnswered(events.read(message, NeedAnsweredMessage.class));
                case NeedCoverageGainedMessage.TYPE ->
                        sources.needCoverageGained(events.read(message, NeedCoverageGainedMessage.class));
                default -> log.debug("Ignoring need event of type {}", type);
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> offeringEvents(IncomingEvents events, AlertSources sources) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case OfferingPublishedMessage.PUBLISHED ->
                        sources.offeringPublished(events.read(message, OfferingPublishedMessage.class));
                case OfferingPublishedMessage.UPDATED ->
                        sources.offeringUpdated(events.read(message, OfferingPublishedMessage.class));
                case OfferingEndedMessage.WITHDRAWN, OfferingEndedMessage.ARCHIVED ->
                        sources.offeringEnded(events.read(message, OfferingEndedMessage.class));
                default -> log.debug("Ignoring offering event of type {}", type);
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> governanceEvents(IncomingEvents events, AlertSources sources) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case MeetingScheduledMessage.TYPE ->
                        sources.meetingScheduled(events.read(message, MeetingScheduledMessage.class));
                case AnnualClockEntryDueMessage.TYPE ->
                        sources.annualClockEntryDue(events.read(message, AnnualClockEntryDueMessage.class));
                default -> log.debug("Ignoring governance event of type {}", type);
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> ecosystemEvents(IncomingEvents events, AlertSources sources) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case EcosystemChangedMessage.FOUNDED, EcosystemChangedMessage.UPDATED ->
                        sources.ecosystemChanged(events.read(message, EcosystemChangedMessage.class));
                default -> log.debug("Ignoring ecosystem event of type {}", type);
            }
        };
    }
}
