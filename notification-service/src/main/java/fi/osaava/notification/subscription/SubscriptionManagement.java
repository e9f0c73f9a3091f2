package fi.osaava.notification.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.FieldError;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.notification.matching.Topic;
import fi.osaava.notification.recipient.Recipient;
import fi.osaava.notification.recipient.RecipientDirectory;

/**
 * Hand-made subscriptions through the API (an organisation's own, or any for the coordinator), and what a
 * person may do to any subscription of theirs from a signed link.
 */
@Service
public class SubscriptionManagement implements SubscriptionPreferences {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    static final Set<String> TARGET_GROUPS = Set.of("STAFF", "SUPERVISORS");
    static final Set<String> CATEGORIES = Set.of("FREE_TRAINING_WEBINAR_TOOL", "PROVIDER_TRAINING", "CHANGE_SUPPORT",
            "PROJECT_EVENT");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Subscriptions subscriptions;
    private final SubscriptionIndex index;
    private final RecipientDirectory directory;
    private final WebhookTargets webhookTargets;
    private final SubscriptionAccess access;
    private final Clock clock;
    private final Duration secretGracePeriod;

    SubscriptionManagement(Subscriptions subscriptions, SubscriptionIndex index, RecipientDirectory directory,
                           WebhookTargets webhookTargets, SubscriptionAccess access, Clock clock,
                           @Value("${osaava.webhooks.secret-grace-period:24h}") Duration secretGracePeriod) {
        this.subscriptions = subscriptions;
        this.index = index;
        this.directory = directory;
        this.webhookTargets = webhookTargets;
        this.access = access;
        this.clock = clock;
        this.secretGracePeriod = secretGracePeriod;
    }

    /** A new subscription of the caller's organisation (or, for the coordinator, of {@code ownerId}). */
    public Subscription create(Actor actor, String ownerId, SubscriptionSpec spec) {
        access.requireMayManage(actor, ownerId);
        validate(spec);
        String ownerName = directory.find(ownerId).map(Recipient::name).orElse("");
        Subscription subscription = Subscription.explicit(UUID.randomUUID().toString(), ownerId, ownerName, spec,
                clock.instant());
        return stored(subscription);
    }

    public Subscription change(Actor actor, String id, SubscriptionSpec spec) {
        return OptimisticRetry.run(() -> {
            Subscription subscription = mine(actor, id);
            if (subscription.source() == Subscription.Source.DERIVED) {
                throw new InvalidFieldException("source",
                        "a subscription derived from the membership profile follows the profile; its person sets topics, cadence and language from the preferences link");
            }
            if (spec.channel() != subscription.channel()) {
                throw new InvalidFieldException("channel", "the channel of a subscription cannot change; make a new one");
            }
            validate(spec);
            subscription.change(spec, clock.instant());
            return stored(subscription);
        });
    }

    public void delete(Actor actor, String id) {
        OptimisticRetry.run(() -> {
            Subscription subscription = mine(actor, id);
            subscription.delete(clock.instant());
            return stored(subscription);
        });
    }

    /** A webhook endpoint that was disabled (410, or refused) takes alerts again. */
    public Subscription enable(Actor actor, String id) {
        return OptimisticRetry.run(() -> {
            Subscription subscription = mine(actor, id);
            if (subscription.channel() == Channel.WEBHOOK) {
                webhookTargets.refusal(subscription.address()).ifPresent(reason -> {
                    throw new InvalidFieldException("address", reason);
                });
            }
            subscription.enable(clock.instant());
            return stored(subscription);
        });
    }

    /** Returns the new secret; the old one keeps signing for the grace period. */
    public String rotateSecret(Actor actor, String id) {
        return OptimisticRetry.run(() -> {
            Subscription subscription = mine(actor, id);
            if (subscription.channel() != Channel.WEBHOOK) {
                throw new InvalidFieldException("channel", "only a webhook subscription has a signing secret");
            }
            String secret = subscription.rotateSecret(clock.instant(), secretGracePeriod);
            stored(subscription);
            return secret;
        });
    }

    /** Called by delivery when an endpoint answers 410 Gone or may no longer be called. */
    public void disable(String id, String reason) {
        OptimisticRetry.run(() -> {
            subscriptions.findById(id).ifPresent(subscription -> {
                subscription.disable(reason, clock.instant());
                stored(subscription);
            });
            return null;
        });
    }

    public Subscription get(Actor actor, String id) {
        return mine(actor, id);
    }

    public List<Subscription> list(Actor actor, String ownerId, Pageable page) {
        access.requireMayManage(actor, ownerId);
        return subscriptions.findByOwnerIdAndDeletedFalseOrderByCreatedAtAsc(ownerId, page);
    }

    public Optional<Subscription> subscription(String id) {
        return subscriptions.findById(id).filter(subscription -> !subscription.deleted());
    }

    @Override
    public Optional<PreferencesView> find(String subscriptionId) {
        return subscription(subscriptionId).map(SubscriptionManagement::view);
    }

    @Override
    public boolean unsubscribe(String subscriptionId) {
        return OptimisticRetry.run(() -> {
            Optional<Subscription> found = subscription(subscriptionId);
            found.ifPresent(subscription -> {
                if (subscription.unsubscribe(clock.instant())) {
                    stored(subscription);
                }
            });
            return found.isPresent();
        });
    }

    @Override
    public Optional<PreferencesView> update(String subscriptionId, Set<Topic> topics, Cadence cadence, String language) {
        return OptimisticRetry.run(() -> subscription(subscriptionId).map(subscription -> {
            List<FieldError> errors = new ArrayList<>();
            checkChoice(subscription, topics, cadence, language, errors);
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(errors.get(0).field() + ": " + errors.get(0).message());
            }
            subscription.choose(EnumSet.copyOf(topics), cadence, language, clock.instant());
            return view(stored(subscription));
        }));
    }

    /**
     * The subscriptions whose alerts come to the signed-in person: e-mail ones of their organisation addressed to
     * the e-mail address their token names (a derived one for them as a contact person, or one a colleague made for
     * them), as the links of those mails reach them. {@code email} is the address the token names; a token naming
     * none is refused.
     */
    public List<Subscription> addressedTo(Actor actor, @Nullable String email) {
        String address = access.requirePerson(email);
        return subscriptions.findByAddressSha256(EmailHash.of(address)).stream()
                .filter(subscription -> access.isPersonsOwn(actor, address, subscription))
                .sorted(Comparator.comparing(Subscription::createdAt)).toList();
    }

    /**
     * The person's own choice on one of {@link #addressedTo their subscriptions}, under the rules of the API: topics
     * among the ones it may have, known areas and regions, a language of fi, sv, en, a digest only by e-mail.
     */
    public Subscription personalise(Actor actor, @Nullable String email, String id, Set<Topic> topics,
                                    Set<String> areas, Set<String> regions, Cadence cadence, String language) {
        return OptimisticRetry.run(() -> {
            Subscription subscription = addressedTo(actor, email, id);
            List<FieldError> errors = new ArrayList<>();
            checkChoice(subscription, topics, cadence, language, errors);
            checkFilters(areas, regions, errors);
            if (!errors.isEmpty()) {
                throw new InvalidFieldException(errors);
            }
            subscription.personalise(EnumSet.copyOf(topics), areas, regions, cadence, language, clock.instant());
            return stored(subscription);
        });
    }

    /** The person stops one of their subscriptions; idempotent. */
    public Subscription unsubscribe(Actor actor, @Nullable String email, String id) {
        return OptimisticRetry.run(() -> {
            Subscription subscription = addressedTo(actor, email, id);
            return subscription.unsubscribe(clock.instant()) ? stored(subscription) : subscription;
        });
    }

    /** The person takes alerts again from one they had stopped; idempotent. */
    public Subscription resubscribe(Actor actor, @Nullable String email, String id) {
        return OptimisticRetry.run(() -> {
            Subscription subscription = addressedTo(actor, email, id);
            return subscription.resubscribe(clock.instant()) ? stored(subscription) : subscription;
        });
    }

    private Subscription addressedTo(Actor actor, @Nullable String email, String id) {
        String address = access.requirePerson(email);
        Subscription subscription = subscription(id).orElseThrow(() -> new NotFoundException("subscription", id));
        access.requirePersonsOwn(actor, address, subscription);
        return subscription;
    }

    private static PreferencesView view(Subscription s) {
        return new PreferencesView(s.id(), s.ownerName(), s.channel(), s.address(),
                s.source() == Subscription.Source.DERIVED, s.isActive(), s.topics(), s.availableTopics(), s.cadence(),
                s.language());
    }

    private Subscription stored(Subscription subscription) {
        Subscription saved = subscriptions.save(subscription);
        index.refresh(saved);
        return saved;
    }

    private Subscription mine(Actor actor, String id) {
        Subscription subscription = subscription(id).orElseThrow(() -> new NotFoundException("subscription", id));
        access.requireManaged(actor, subscription);
        return subscription;
    }

    private void validate(SubscriptionSpec spec) {
        List<FieldError> errors = new ArrayList<>();
        if (spec.topics().isEmpty()) {
            errors.add(new FieldError("topics", "name at least one of " + EnumSet.allOf(Topic.class)));
        }
        checkFilters(spec.competenceAreas(), spec.regions(), errors);
        spec.targetGroups().stream().filter(code -> !TARGET_GROUPS.contains(code))
                .forEach(code -> errors.add(new FieldError("targetGroups", "one of " + TARGET_GROUPS + ", not " + code)));
        spec.categories().stream().filter(code -> !CATEGORIES.contains(code))
                .forEach(code -> errors.add(new FieldError("categories", "one of " + CATEGORIES + ", not " + code)));
        checkDelivery(spec.channel(), spec.cadence(), spec.language(), errors);
        switch (spec.channel()) {
            case EMAIL -> {
                if (!EMAIL.matcher(spec.address()).matches()) {
                    errors.add(new FieldError("address", "an e-mail address"));
                }
            }
            case WEBHOOK -> webhookTargets.refusal(spec.address())
                    .ifPresent(reason -> errors.add(new FieldError("address", reason)));
            case KAFKA -> {
                if (!spec.address().isBlank()) {
                    errors.add(new FieldError("address", "a Kafka subscription has no address: its alerts go to the alerts topic keyed by the subscription id"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    /** Areas of the competence vocabulary and regions by their code; none means any. */
    private static void checkFilters(Set<String> areas, Set<String> regions, List<FieldError> errors) {
        ReferenceData reference = ReferenceData.get();
        areas.stream().filter(code -> !reference.isCompetenceArea(code))
                .forEach(code -> errors.add(new FieldError("competenceAreas", "unknown competence area: " + code)));
        regions.stream().filter(code -> !reference.isRegion(code))
                .forEach(code -> errors.add(new FieldError("regions", "unknown region code: " + code)));
    }

    /** A language of fi, sv, en; a daily or weekly digest only by e-mail. */
    private static void checkDelivery(Channel channel, Cadence cadence, String language, List<FieldError> errors) {
        if (!LANGUAGES.contains(language)) {
            errors.add(new FieldError("language", "one of fi, sv, en"));
        }
        if (channel != Channel.EMAIL && cadence != Cadence.IMMEDIATE) {
            errors.add(new FieldError("cadence", "only e-mail comes as a daily or weekly digest"));
        }
    }

    /** A person's choice on an existing subscription: at least one of the topics it may have, and how it comes. */
    private static void checkChoice(Subscription subscription, Set<Topic> topics, Cadence cadence, String language,
                                    List<FieldError> errors) {
        if (topics.isEmpty() || !subscription.availableTopics().containsAll(topics)) {
            errors.add(new FieldError("topics", "choose at least one of " + subscription.availableTopics()));
        }
        checkDelivery(subscription.channel(), cadence, language, errors);
    }
}
