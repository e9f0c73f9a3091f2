package fi.osaava.notification.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.Actor;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.recipient.RecipientDirectory;
import fi.osaava.notification.subscription.Channel;
import fi.osaava.notification.subscription.SubscriptionIndex;

/**
 * The reach of an event ({@link Reach}) from what this service holds: the event as it was recorded, the directory,
 * the subscriptions the index keeps (no read of the store), and what was recorded for the event, read by key (a
 * delivery's id is {@code <event>:<subscription>:<channel>}, a digest item's {@code <event>:<subscription>}). Who may
 * read it, and whether with contacts, is {@link AlertAccess}'s.
 */
@Service
public class AlertReach {

    /**
     * @param contacts whether {@link Reach.SubscriptionReach}'s addresses and contact persons may be shown
     */
    public record Answer(AlertEvent event, Instant recordedAt, List<Reach.RecipientReach> recipients,
                         Map<Reach.Outcome, Integer> counts, boolean contacts) {
    }

    private final MongoTemplate mongo;
    private final RecipientDirectory directory;
    private final SubscriptionIndex index;
    private final AlertAccess access;

    AlertReach(MongoTemplate mongo, RecipientDirectory directory, SubscriptionIndex index, AlertAccess access) {
        this.mongo = mongo;
        this.directory = directory;
        this.index = index;
        this.access = access;
    }

    /** The reach of the need's publication ({@code NEED_PUBLISHED}). */
    public Answer ofNeed(Actor actor, String needId) {
        SubjectEvents about = mongo.findById(needId, SubjectEvents.class);
        String eventId = about == null ? null : about.events().stream()
                .filter(entry -> entry.topic() == Topic.NEED_PUBLISHED).map(SubjectEvents.Entry::eventId)
                .findFirst().orElse(null);
        if (eventId == null) {
            throw new NotFoundException("Published need", needId);
        }
        return ofEvent(actor, eventId);
    }

    /** The reach of any event this service recorded, by its {@code ce_id}. */
    public Answer ofEvent(Actor actor, String eventId) {
        RecordedEvent recorded = mongo.findById(eventId, RecordedEvent.class);
        if (recorded == null) {
            throw new NotFoundException("Alert event", eventId);
        }
        AlertEvent event = recorded.event();
        access.requireMayReadReach(actor, event.originOrganisationId());
        List<Reach.Candidate> candidates = index.kept().stream().map(Reach.Candidate::of).toList();
        List<Reach.RecipientReach> reach = Reach.of(event, recorded.recordedAt(), directory.all(), candidates,
                recordedFor(eventId, candidates));
        return new Answer(event, recorded.recordedAt(), reach, Reach.counts(reach), access.seesContacts(actor));
    }

    /** What was recorded for the event, by subscription: its deliveries and digest items, read by their ids. */
    private Map<String, Reach.Recorded> recordedFor(String eventId, List<Reach.Candidate> candidates) {
        List<String> deliveryIds = new ArrayList<>();
        List<String> digestItemIds = new ArrayList<>();
        for (Reach.Candidate candidate : candidates) {
            String subscriptionId = candidate.indexed().id();
            deliveryIds.add(eventId + ":" + subscriptionId + ":" + candidate.channel());
            if (candidate.channel() == Channel.EMAIL) {
                digestItemIds.add(eventId + ":" + subscriptionId);
            }
        }
        Map<String, Reach.Recorded> recorded = new HashMap<>();
        List<DigestItem> items = byIds(digestItemIds, DigestItem.class);
        Map<String, Delivery> digests = new HashMap<>();
        byIds(items.stream().map(DigestItem::digestId).filter(id -> id != null && id.startsWith("digest:")).distinct()
                .toList(), Delivery.class).forEach(digest -> digests.put(digest.id(), digest));
        for (DigestItem item : items) {
            Delivery digest = item.digestId() == null ? null : digests.get(item.digestId());
            if (item.digestId() == null) {
                recorded.put(item.subscriptionId(),
                        new Reach.Recorded(Reach.Outcome.WAITING_FOR_DIGEST, null, item.slotAt()));
            } else if (digest != null) {
                recorded.put(item.subscriptionId(), alerted(digest));
            }
        }
        for (Delivery delivery : byIds(deliveryIds, Delivery.class)) {
            if (delivery.subscriptionId() != null) {
                recorded.put(delivery.subscriptionId(), alerted(delivery));
            }
        }
        return recorded;
    }

    private static Reach.Recorded alerted(Delivery delivery) {
        @Nullable Instant sentAt = delivery.sentAt();
        return new Reach.Recorded(Reach.Outcome.ALERTED, delivery.status(),
                sentAt == null ? delivery.createdAt() : sentAt);
    }

    private <T> List<T> byIds(List<String> ids, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += Bulk.CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Bulk.CHUNK));
            found.addAll(mongo.find(Query.query(Criteria.where("_id").in(chunk)), type));
        }
        return found;
    }
}
