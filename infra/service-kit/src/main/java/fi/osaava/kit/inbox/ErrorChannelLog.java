package fi.osaava.kit.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.support.ErrorMessage;

/**
 * The global {@code errorChannel}'s one subscriber, in place of Spring Integration's, which logs every
 * failed record at ERROR with its whole stack trace, also a rejected event that is an expected outcome.
 * A consumed record's failure is {@link DeadLetters}' to tell (one WARN line for a rejection); anything
 * else on the channel is an unexpected failure and is logged at ERROR.
 */
final class ErrorChannelLog implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorChannelLog.class);

    @Override
    public void handleMessage(Message<?> message) {
        if (message.getHeaders().containsKey(KafkaHeaders.RAW_DATA)) {
            log.debug("A consumed record failed; its dead letter tells why: {}", message.getPayload());
        } else if (message instanceof ErrorMessage error) {
            log.error("Unexpected failure in a message flow: {}", DeadLetters.reason(error.getPayload()).getMessage(),
                    error.getPayload());
        } else {
            log.error("Unexpected message on the error channel: {}", message);
        }
    }
}
