package fi.osaava.notification.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.recipient.AlertAddress;
import fi.osaava.notification.recipient.OrganisationKind;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.recipient.RecipientChanged;
import fi.osaava.notification.recipient.RecipientDirectory;

/**
 * Keeps one derived subscription per person who receives an organisation's alerts (or one for the
 * organisation's own address when nobody does), following the membership profile: education providers
 * hear of needs in the areas they offer, service producers (passive members included) of needs and
 * offerings in the areas they are interested in, and every organisation of answers to and coverage of the
 * needs it reported or endorsed. Regions and target groups come from the profile too.
 *
 * <p>What an organisation is comes from membership ({@link Recipient#kind()}); which topics each kind gets is
 * decided here.
 */
@Component
public class DerivedSubscriptions {


    static final String PROVIDER = "PROVIDER";
    static final String PRODUCER = "PRODUCER";
    static final String OTHER = "OTHER";

    private final Subscriptions subscriptions;
    private final RecipientDirectory recipients;
    private final SubscriptionIndex index;
    private final Clock clock;
    private final MongoTemplate mongo;

    DerivedSubscriptions(Subscriptions subscriptions, RecipientDirectory recipients, SubscriptionIndex index, Clock clock,
                         MongoTemplate mongo) {
        this.mongo = mongo;
        this.subscriptions = subscriptions;
        this.recipients = recipients;
        this.index = index;
        this.clock = clock;
    }

    /** The role a derived subscription keeps (its stored value): one per kind. */
    static String roleOf(OrganisationKind kind) {
        return switch (kind) {
            case EDUCATION_PROVIDER -> PROVIDER;
            case SERVICE_PRODUCER -> PRODUCER;
            case OTHER -> OTHER;
        };
    }

    /** The topics a profile gives, reverse alerts aside. */
    static Set<Topic> profileTopics(@Nullable String role) {
        if (PROVIDER.equals(role)) {
            return EnumSet.of(Topic.NEED_PUBLISHED);
        }
        if (PRODUCER.equals(role)) {
            return EnumSet.of(Topic.NEED_PUBLISHED, Topic.OFFERING_PUBLISHED);
        }
        return EnumSet.noneOf(Topic.class);
    }

    @EventListener
    void follow(RecipientChanged changed) {
        OptimisticRetry.run(() -> {
            sync(changed.recipient());
            return null;
        });
    }

    /**
     * Recipients that have no derived subscriptions (the directory was filled before subscriptions existed) get
     * theirs, so nobody stops being alerted by the upgrade: the store migration {@link DeriveEarlierRecipients}.
     *
     * @return how many recipients got theirs
     */
    long deriveForRecipientsWithout() {
        Set<String> owners = new HashSet<>(mongo.findDistinct(Query.query(Criteria.where("source")
                .is(Subscription.Source.DERIVED)), "ownerId", Subscription.class, String.class));
        int derived = 0;
        for (Recipient recipient : recipients.all()) {
            if (!owners.contains(recipient.organisationId()) && !recipient.isGone()) {
                sync(recipient);
                derived++;
            }
        }
        return derived;
    }

    void sync(Recipient recipient) {
        Instant now = clock.instant();
        Map<String, Subscription> existing = new HashMap<>();
        subscriptions.findByOwnerIdAndSource(recipient.organisationId(), Subscription.Source.DERIVED)
                .forEach(s -> existing.put(s.id(), s));
        for (Subscription subscription : derive(recipient, existing, now)) {
            index.refresh(subscriptions.save(subscription));
        }
        for (Subscription left : existing.values()) {
            if (!left.deleted()) {
                left.delete(now);
                index.refresh(subscriptions.save(left));
            }
        }
    }

    /**
     * The recipient's derived subscriptions as its profile now gives them, taken out of {@code existing}
     * (a person's own choices on them stay); what remains in {@code existing} is no longer wanted.
     */
    public static List<Subscription> derive(Recipient recipient, Map<String, Subscription> existing, Instant now) {
        String role = roleOf(recipient.kind());
        Set<String> areas = PROVIDER.equals(role) ? recipient.competenceAreasOffered()
                : PRODUCER.equals(role) ? recipient.competenceAreasOfInterest() : Set.of();
        Set<Topic> topics = EnumSet.copyOf(Subscription.REVERSE_TOPICS);
        topics.addAll(profileTopics(role));
        List<Subscription> derived = new ArrayList<>();
        for (AlertAddress address : recipient.isGone() ? List.<AlertAddress>of() : recipient.alertAddresses()) {
            if (address.email() == null || address.email().isBlank()) {
                continue;
            }
            String id = Subscription.derivedId(recipient.organisationId(), address.contactPersonId());
            Subscription subscription = existing.remove(id);
            if (subscription == null) {
                subscription = Subscription.derived(recipient.organisationId(), address.contactPersonId(), now);
            }
            subscription.follow(recipient.name(), role, topics, areas, Set.copyOf(recipient.regions()),
                    recipient.targetGroups(), address.email(), languageOf(recipient, address.contactPersonId()),
                    recipient.isActive(), now);
            derived.add(subscription);
        }
        return derived;
    }

    private static @Nullable String languageOf(Recipient recipient, @Nullable String contactPersonId) {
        return recipient.contactPersons().stream()
                .filter(person -> person.contactPersonId().equals(contactPersonId))
                .map(Recipient.ContactPerson::language)
                .filter(language -> language != null && SubscriptionManagement.LANGUAGES.contains(language))
                .findFirst().orElse(null);
    }
}
