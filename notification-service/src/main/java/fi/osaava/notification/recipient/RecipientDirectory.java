package fi.osaava.notification.recipient;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.inbox.IncomingEvent;

/** Keeps the directory from membership events; idempotent and safe against stale redeliveries. */
@Service
public class RecipientDirectory {

    private static final Logger log = LoggerFactory.getLogger(RecipientDirectory.class);

    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;

    RecipientDirectory(Recipients recipients, ApplicationEventPublisher publisher) {
        this.recipients = recipients;
        this.publisher = publisher;
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
        saved(Recipient.from(message, current == null ? List.of() : current.contactPersons()));
        return true;
    }

    /** Takes the new list of contact persons if it is newer than what the directory holds. */
    public boolean applyContactPersons(IncomingEvent<OrganisationContactsChangedMessage> event) {
        OrganisationContactsChangedMessage message = event.data();
        Optional<Recipient> current = heldAndOlderThan(event.id(), message.organisationId(), message.revision());
        current.ifPresent(recipient -> saved(recipient.withContactPersons(message)));
        return current.isPresent();
    }

    /**
     * Takes the organisation's changed profile (regions, areas, target groups, address) if it is newer than what the
     * directory holds; its derived subscriptions follow, a person's own choices on them staying.
     */
    public boolean applyProfile(IncomingEvent<OrganisationProfileChangedMessage> event) {
        OrganisationProfileChangedMessage message = event.data();
        Optional<Recipient> current = heldAndOlderThan(event.id(), message.organisationId(), message.revision());
        current.ifPresent(recipient -> saved(recipient.withProfile(message)));
        return current.isPresent();
    }

    /**
     * Takes the organisation's new overall status from a participation change, if newer than what the
     * directory holds: an organisation that is active in no ecosystem (all its participations left,
     * rejected or suspended) is no longer a candidate for alerts.
     */
    public boolean applyParticipation(IncomingEvent<ParticipationChangedMessage> event) {
        ParticipationChangedMessage message = event.data();
        Optional<Recipient> current = heldAndOlderThan(event.id(), message.organisationId(), message.revision());
        current.ifPresent(recipient -> saved(recipient.withStatus(message.organisationStatus(), message.revision())));
        return current.isPresent();
    }

    /**
     * The organisation's recipient, if the directory holds it at an older revision than the event's. Its
     * registration comes first on the same partition; without it there is nobody to alert.
     */
    private Optional<Recipient> heldAndOlderThan(String eventId, String organisationId, long revision) {
        Recipient current = recipients.findById(organisationId).orElse(null);
        if (current == null) {
            log.warn("Skipping event {}: organisation {} is not in the directory", eventId, organisationId);
            return Optional.empty();
        }
        if (current.revision() >= revision) {
            log.debug("Skipping event {}: organisation {} is already at revision {}", eventId, organisationId,
                    current.revision());
            return Optional.empty();
        }
        return Optional.of(current);
    }

    /**
     * Erases a contact person here and wherever this service copied the address (listeners of
     * {@link ContactPersonErased}). Whatever the revision, and as often as the event comes.
     */
    public void erase(IncomingEvent<ContactPersonErasedMessage> event) {
        ContactPersonErasedMessage message = event.data();
        recipients.findById(message.organisationId())
                .ifPresent(current -> saved(current.without(message)));
        publisher.publishEvent(new ContactPersonErased(message.organisationId(), message.contactPersonId(),
                message.emailSha256()));
        log.info("Contact person {} of organisation {} erased (event {})", message.contactPersonId(),
                message.organisationId(), event.id());
    }

    /** A confirmed passive member joins the directory; a redelivery, or one after it left, changes nothing. */
    public boolean applyPassiveMember(IncomingEvent<PassiveMemberConfirmedMessage> event) {
        PassiveMemberConfirmedMessage message = event.data();
        Optional<Recipient> current = recipients.findById(Recipient.passiveMemberId(message.memberId()));
        if (current.isPresent()) {
            log.debug("Skipping event {}: passive member {} is known already", event.id(), message.memberId());
            return false;
        }
        saved(Recipient.from(message));
        log.info("Passive member {} added to the directory (event {})", message.memberId(), event.id());
        return true;
    }

    /**
     * A passive member left or was erased: it is alerted no more, and its address is erased here and wherever
     * this service copied it (the listeners of {@link ContactPersonErased}, as for an erased contact person).
     * As often as the event comes.
     */
    public void removePassiveMember(IncomingEvent<PassiveMemberGoneMessage> event) {
        PassiveMemberGoneMessage message = event.data();
        String recipientId = Recipient.passiveMemberId(message.memberId());
        saved(Recipient.gone(message.memberId()));
        publisher.publishEvent(new ContactPersonErased(recipientId, message.memberId(), message.emailSha256()));
        log.info("Passive member {} removed from the directory (event {})", message.memberId(), event.id());
    }

    /** Every change goes through here, so that whoever follows the directory (derived subscriptions) hears of it. */
    private Recipient saved(Recipient recipient) {
        Recipient stored = recipients.save(recipient);
        publisher.publishEvent(new RecipientChanged(stored));
        return stored;
    }

    /** Every recipient the directory holds, also those gone. */
    public List<Recipient> all() {
        return recipients.findAll();
    }

    public Optional<Recipient> find(String organisationId) {
        return recipients.findById(organisationId);
    }

    public List<Recipient> all(Pageable page) {
        return recipients.findAllByOrderByNameAsc(page);
    }
}
