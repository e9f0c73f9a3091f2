package fi.osaava.notification.recipient.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fi.osaava.kit.inbox.IncomingEvents;
import fi.osaava.notification.recipient.ContactPersonErasedMessage;
import fi.osaava.notification.recipient.OrganisationContactsChangedMessage;
import fi.osaava.notification.recipient.OrganisationProfileChangedMessage;
import fi.osaava.notification.recipient.OrganisationRegisteredMessage;
import fi.osaava.notification.recipient.ParticipationChangedMessage;
import fi.osaava.notification.recipient.RecipientDirectory;

/** Binding {@code organisationEvents-in-0} reads {@code membership.organisations.v1}. */
@Configuration(proxyBeanMethods = false)
class OrganisationEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(OrganisationEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> organisationEvents(IncomingEvents events, RecipientDirectory directory) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case OrganisationRegisteredMessage.TYPE ->
                        directory.apply(events.read(message, OrganisationRegisteredMessage.class));
                case OrganisationContactsChangedMessage.TYPE ->
                        directory.applyContactPersons(events.read(message, OrganisationContactsChangedMessage.class));
                case OrganisationProfileChangedMessage.TYPE ->
                        directory.applyProfile(events.read(message, OrganisationProfileChangedMessage.class));
                case ParticipationChangedMessage.TYPE ->
                        directory.applyParticipation(events.read(message, ParticipationChangedMessage.class));
                case ContactPersonErasedMessage.TYPE ->
                        directory.erase(events.read(message, ContactPersonErasedMessage.class));
                // a type this version does not know yet: tolerated, not a poison record
                default -> log.debug("Ignoring organisation event of type {}", type);
            }
        };
    }
}
