package fi.osaava.notification.recipient;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.inbox.IncomingEvent;

/** Keeps the directory from membership events; idempotent and safe against stale redeliveries. */
@Service
public class RecipientDirectory {

    private static final Logger log = LoggerFactory.getLogger(RecipientDirectory.class);

    private final Recipients recipients;

    RecipientDirectory(Recipients recipients) {
        this.recipients = recipients;
    }

    /** Returns false when the event was already applied or is older than what the directory holds. */
    public boolean apply(IncomingEvent<OrganisationRegisteredMessage> event) {
        OrganisationRegisteredMessage message = event.data();
        Recipient current = recipients.findById(message.organisationId()).orElse(null);
        if (current != null && current.revision() >= message.revision()) {
            log.debug("Skipping event {}: organisation {} is already at revision {}", event.id(),
                    message.organisationId(), current.revision());
            return false;
        }
        recipients.save(Recipient.from(message));
        return true;
    }

    public List<Recipient> candidatesIn(String region) {
        return recipients.findByRegionsContainingAndStatus(region, "ACTIVE");
    }

    public List<Recipient> all(Pageable page) {
        return recipients.findAllByOrderByNameAsc(page);
    }
}
