package fi.osaava.notification.recipient.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fi.osaava.kit.inbox.IncomingEvents;
import fi.osaava.notification.recipient.PassiveMemberConfirmedMessage;
import fi.osaava.notification.recipient.PassiveMemberGoneMessage;
import fi.osaava.notification.recipient.RecipientDirectory;

/** Binding {@code passiveMemberEvents-in-0} reads {@code membership.passive-members.v1}. */
@Configuration(proxyBeanMethods = false)
class PassiveMemberEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(PassiveMemberEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> passiveMemberEvents(IncomingEvents events, RecipientDirectory directory) {
        return message -> {
            String type = events.typeOf(message);
            switch (type) {
                case PassiveMemberConfirmedMessage.TYPE ->
                        directory.applyPassiveMember(events.read(message, PassiveMemberConfirmedMessage.class));
                case PassiveMemberGoneMessage.LEFT, PassiveMemberGoneMessage.ERASED ->
                        directory.removePassiveMember(events.read(message, PassiveMemberGoneMessage.class));
                // a type this version does not know yet: tolerated, not a poison record
                default -> log.debug("Ignoring passive member event of type {}", type);
            }
        };
    }
}
