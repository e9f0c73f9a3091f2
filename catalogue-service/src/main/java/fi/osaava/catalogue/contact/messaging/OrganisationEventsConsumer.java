package fi.osaava.catalogue.contact.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fi.osaava.catalogue.contact.ContactPersonErasedMessage;
import fi.osaava.catalogue.contact.ContactErased;
import fi.osaava.catalogue.contact.ContactErasure;
import fi.osaava.kit.inbox.IncomingEvents;

/** Binding {@code organisationEvents-in-0} reads {@code membership.organisations.v1}: erasures only. */
@Configuration(proxyBeanMethods = false)
class OrganisationEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(OrganisationEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> organisationEvents(IncomingEvents events, ContactErasure erasure) {
        return message -> {
            String type = events.typeOf(message);
            if (ContactPersonErasedMessage.TYPE.equals(type)) {
                ContactPersonErasedMessage erased = events.read(message, ContactPersonErasedMessage.class).data();
                erasure.erase(new ContactErased(erased.contactPersonId(), erased.emailSha256()));
            } else {
                log.debug("Ignoring organisation event of type {}", type);
            }
        };
    }
}
