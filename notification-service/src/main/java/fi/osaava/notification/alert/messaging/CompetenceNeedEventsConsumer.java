package fi.osaava.notification.alert.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fi.osaava.kit.inbox.IncomingEvents;
import fi.osaava.notification.alert.AlertManagement;
import fi.osaava.notification.alert.NeedPublishedMessage;

/** Binding {@code competenceNeedEvents-in-0} reads {@code needs.competence-needs.v1}. */
@Configuration(proxyBeanMethods = false)
class CompetenceNeedEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(CompetenceNeedEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> competenceNeedEvents(IncomingEvents events, AlertManagement alerts) {
        return message -> {
            String type = events.typeOf(message);
            if (!NeedPublishedMessage.TYPE.equals(type)) {
                log.debug("Ignoring need event of type {}", type);
                return;
            }
            alerts.alertAudienceOf(events.read(message, NeedPublishedMessage.class));
        };
    }
}
