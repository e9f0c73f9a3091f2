package fi.osaava.notification.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.notification.matching.IndexedSubscription;
import fi.osaava.notification.matching.SubscriptionCriteria;
import fi.osaava.notification.matching.Topic;

/**
 * Who wants to hear about what, and how. EXPLICIT subscriptions are made through the API by an
 * organisation (for one of its people, a webhook endpoint or its Kafka consumer); DERIVED ones are made
 * here from a membership profile, one per person who receives alerts, and follow the profile. A person's
 * own choices (topics, cadence, language, unsubscribing) are kept on a derived subscription and win over
 * what the profile would give.
 */
@Document("subscriptions")
public class Subscription {

    /** Topics whose alerts reach an organisation because the event concerns it (reverse alerts). */
    public static final Set<Topic> REVERSE_TOPICS = EnumSet.of(Topic.NEED_ANSWERED, Topic.NEED_COVERED);

    public enum Source { EXPLICIT, DERIVED }

    /** Where a KAFKA subscription's alerts go, keyed by the subscription's id. */
    public static final String ALERTS_TOPIC = "notification.alerts.v1";

    /** A webhook signing secret; a rotated-out one keeps signing until {@code retiresAt}. */
    public record Secret(String value, Instant createdAt, @Nullable Instant retiresAt) {
    }

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    @Indexed
    private String ownerId;
    private String ownerName;
    private Source source;
    /** DERIVED: whether the owner is an education provider (alerted about needs in what it offers). */
    private @Nullable String role;
    private @Nullable String contactPersonId;
    private @Nullable String name;
    private Set<Topic> topics = Set.of();
    private Set<String> competenceAreas = Set.of();
    private Set<String> regions = Set.of();
    private Set<String> targetGroups = Set.of();
    private Set<String> categories = Set.of();
    /** DERIVED: the areas and regions the person chose instead of the profile's; empty follows the profile. */
    private Set<String> ownAreas = Set.of();
    private Set<String> ownRegions = Set.of();
    private Channel channel;
    private String address;
    @Indexed
    private @Nullable String addressSha256;
    private Cadence cadence;
    private String language;
    /** The profile allows alerts (an active organisation); false stops a derived subscription. */
    private boolean ownerActive = true;
    private @Nullable Instant unsubscribedAt;
    /** The person chose topics, cadence or language: a profile change no longer touches them. */
    private boolean personalised;
    private List<Secret> secrets = new ArrayList<>();
    private @Nullable Instant disabledAt;
    private @Nullable String disabledReason;
    private boolean deleted;
    private Instant createdAt;
    @Indexed
    private Instant updatedAt;
    /** What matching sees, worked out once per version (the vocabulary's expansions are not free). */
    @Transient
    private @Nullable IndexedSubscription indexed;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Subscription() {
    }

    private Subscription(String id, String ownerId, String ownerName, Source source, Channel channel, String address,
                         Cadence cadence, String language, Instant now) {
        this.id = id;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.source = source;
        this.channel = channel;
        this.cadence = cadence;
        this.language = language;
        this.createdAt = now;
        this.updatedAt = now;
        readdress(address);
    }

    static Subscription explicit(String id, String ownerId, String ownerName, SubscriptionSpec spec, Instant now) {
        Subscription s = new Subscription(id, ownerId, ownerName, Source.EXPLICIT, spec.channel(), spec.address(),
                spec.cadence(), spec.language(), now);
        s.change(spec, now);
        if (spec.channel() == Channel.WEBHOOK) {
            s.secrets.add(new Secret(WebhookSecrets.newSecret(), now, null));
        }
        return s;
    }

    /** The derived subscription of one person (or of the organisation's own address). */
    static Subscription derived(String ownerId, @Nullable String contactPersonId, Instant now) {
        String id = derivedId(ownerId, contactPersonId);
        Subscription s = new Subscription(id, ownerId, "", Source.DERIVED, Channel.EMAIL, "", Cadence.IMMEDIATE, "fi", now);
        s.contactPersonId = contactPersonId;
        return s;
    }

    static String derivedId(String ownerId, @Nullable String contactPersonId) {
        return "derived:" + ownerId + ":" + (contactPersonId == null ? "organisation" : contactPersonId);
    }

    /** A hand-made subscription's new settings (its channel and owner stay). */
    void change(SubscriptionSpec spec, Instant now) {
        name = spec.name();
        topics = Set.copyOf(spec.topics());
        competenceAreas = Set.copyOf(spec.competenceAreas());
        regions = Set.copyOf(spec.regions());
        targetGroups = Set.copyOf(spec.targetGroups());
        categories = Set.copyOf(spec.categories());
        cadence = spec.cadence();
        language = spec.language();
        readdress(spec.address());
        touched(now);
    }

    /**
     * The profile's view of a derived subscription. Topics, cadence and language follow the profile only
     * until the person chose their own.
     */
    void follow(String ownerName, String role, Set<Topic> profileTopics, Set<String> areas, Set<String> regions,
                Set<String> targetGroups, String address, @Nullable String language, boolean ownerActive, Instant now) {
        this.ownerName = ownerName;
        this.role = role;
        this.competenceAreas = Set.copyOf(areas);
        this.regions = Set.copyOf(regions);
        this.targetGroups = Set.copyOf(targetGroups);
        this.ownerActive = ownerActive;
        this.deleted = false;
        readdress(address);
        if (!personalised) {
            this.topics = Set.copyOf(profileTopics);
            this.language = language == null ? "fi" : language;
        }
        touched(now);
    }

    /** The person's own choice; also undoes an unsubscription. */
    void choose(Set<Topic> chosenTopics, Cadence chosenCadence, String chosenLanguage, Instant now) {
        unsubscribedAt = null;
        chosen(chosenTopics, chosenCadence, chosenLanguage, now);
    }

    private void chosen(Set<Topic> chosenTopics, Cadence chosenCadence, String chosenLanguage, Instant now) {
        topics = Set.copyOf(chosenTopics);
        cadence = chosenCadence;
        language = chosenLanguage;
        personalised = true;
        touched(now);
    }

    /**
     * The person's own choice from their signed-in preferences page: topics, cadence and language as
     * {@link #choose}, and the filters too. A hand-made subscription takes the areas and regions as they are
     * (empty means any, as in the API); a derived one keeps them over later profile changes, and areas or regions
     * left empty or the same as the profile's go on following the profile. Unsubscribing is a step of its own.
     */
    void personalise(Set<Topic> chosenTopics, Set<String> areas, Set<String> chosenRegions, Cadence chosenCadence,
                     String chosenLanguage, Instant now) {
        if (source == Source.DERIVED) {
            ownAreas = areas.equals(competenceAreas) ? Set.of() : Set.copyOf(areas);
            ownRegions = chosenRegions.equals(regions) ? Set.of() : Set.copyOf(chosenRegions);
        } else {
            competenceAreas = Set.copyOf(areas);
            regions = Set.copyOf(chosenRegions);
        }
        chosen(chosenTopics, chosenCadence, chosenLanguage, now);
    }

    /** Alerts again after an unsubscription; idempotent. */
    boolean resubscribe(Instant now) {
        if (unsubscribedAt == null) {
            return false;
        }
        unsubscribedAt = null;
        touched(now);
        return true;
    }

    /** Idempotent: a second unsubscription keeps the first time. */
    boolean unsubscribe(Instant now) {
        if (unsubscribedAt != null) {
            return false;
        }
        unsubscribedAt = now;
        touched(now);
        return true;
    }

    /** A webhook endpoint that answered 410 Gone, or that may no longer be called. */
    void disable(String reason, Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
            disabledReason = reason;
            touched(now);
        }
    }

    void enable(Instant now) {
        disabledAt = null;
        disabledReason = null;
        touched(now);
    }

    /** Gone for good: the address is dropped, the id stays so that every instance's index hears of it. */
    void delete(Instant now) {
        deleted = true;
        address = "";
        addressSha256 = null;
        secrets = new ArrayList<>();
        touched(now);
    }

    /** A new secret signs from now on; the old ones keep signing for the grace period, so receivers can switch. */
    String rotateSecret(Instant now, Duration gracePeriod) {
        List<Secret> rotated = new ArrayList<>();
        for (Secret secret : secrets) {
            if (secret.retiresAt() == null) {
                rotated.add(new Secret(secret.value(), secret.createdAt(), now.plus(gracePeriod)));
            } else if (secret.retiresAt().isAfter(now)) {
                rotated.add(secret);
            }
        }
        String fresh = WebhookSecrets.newSecret();
        rotated.add(new Secret(fresh, now, null));
        secrets = rotated;
        touched(now);
        return fresh;
    }

    /** The secrets that sign a webhook sent now: the current one and any still in their grace period. */
    public List<String> signingSecrets(Instant now) {
        return secrets.stream().filter(secret -> secret.retiresAt() == null || secret.retiresAt().isAfter(now))
                .map(Secret::value).toList();
    }

    /** Every change: a new version for the index, whose criteria are worked out again. */
    private void touched(Instant now) {
        updatedAt = now;
        indexed = null;
    }

    private void readdress(String newAddress) {
        address = channel == Channel.KAFKA ? ALERTS_TOPIC : newAddress;
        addressSha256 = channel == Channel.EMAIL && !newAddress.isBlank() ? EmailHash.of(newAddress) : null;
    }

    /** Why a subscription takes no alerts now, in the order they are checked: the first that holds is the reason. */
    public enum Inactivity {
        /** gone for good (its person erased or left, removed by its organisation) */
        DELETED,
        /** its organisation is active in no ecosystem (a derived subscription follows the profile) */
        OWNER_INACTIVE,
        UNSUBSCRIBED,
        /** a webhook endpoint that answered 410 Gone */
        DISABLED,
        NO_ADDRESS,
        NO_TOPICS
    }

    /** Whether alerts go out now. */
    public boolean isActive() {
        return inactivity() == null;
    }

    /** Why alerts do not go out now; null when they do ({@link #isActive()}). */
    public @Nullable Inactivity inactivity() {
        return deleted ? Inactivity.DELETED
                : !ownerActive ? Inactivity.OWNER_INACTIVE
                : unsubscribedAt != null ? Inactivity.UNSUBSCRIBED
                : disabledAt != null ? Inactivity.DISABLED
                : address.isBlank() ? Inactivity.NO_ADDRESS
                : topics.isEmpty() ? Inactivity.NO_TOPICS
                : null;
    }

    /** The topics a person may choose: every topic for a hand-made subscription, the profile's for a derived one. */
    public Set<Topic> availableTopics() {
        if (source == Source.EXPLICIT) {
            return EnumSet.allOf(Topic.class);
        }
        Set<Topic> available = EnumSet.copyOf(DerivedSubscriptions.profileTopics(role));
        available.addAll(REVERSE_TOPICS);
        return available;
    }

    /**
     * What matching needs. An explicit subscription's areas include their narrower ones; a derived one's the
     * broader ones too (a producer interested in home care hears of a need in gerontological care). A derived
     * subscription hears of reverse alerts only about its own organisation's needs.
     */
    public IndexedSubscription indexed() {
        IndexedSubscription known = indexed;
        if (known == null) {
            known = criteria();
            indexed = known;
        }
        return known;
    }

    private IndexedSubscription criteria() {
        ReferenceData vocabulary = ReferenceData.get();
        Set<String> areas = new LinkedHashSet<>();
        for (String area : competenceAreas()) {
            areas.addAll(vocabulary.withNarrower(area));
            if (source == Source.DERIVED) {
                areas.addAll(vocabulary.withBroader(area));
            }
        }
        Set<Topic> filtered = EnumSet.noneOf(Topic.class);
        Set<Topic> concerned = EnumSet.noneOf(Topic.class);
        for (Topic topic : topics) {
            if (source == Source.DERIVED && REVERSE_TOPICS.contains(topic)) {
                concerned.add(topic);
            } else {
                filtered.add(topic);
            }
        }
        if (source == Source.DERIVED && filtered.isEmpty() == false && areas.isEmpty()) {
            // a derived subscription without areas would hear of everything in its regions
            filtered.clear();
        }
        return new IndexedSubscription(id, ownerId,
                new SubscriptionCriteria(filtered, areas, regions(), targetGroups, categories, concerned));
    }

    public String id() { return id; }
    public String ownerId() { return ownerId; }
    public String ownerName() { return ownerName; }
    public Source source() { return source; }
    public @Nullable String role() { return role; }
    public @Nullable String contactPersonId() { return contactPersonId; }
    public @Nullable String name() { return name; }
    public Set<Topic> topics() { return topics; }
    /** The areas alerts are filtered by: a derived subscription's person's own, else the profile's or the API's. */
    public Set<String> competenceAreas() { return ownAreas.isEmpty() ? competenceAreas : ownAreas; }
    public Set<String> regions() { return ownRegions.isEmpty() ? regions : ownRegions; }
    /** DERIVED: whether the person chose areas or regions of their own instead of the profile's. */
    public boolean ownFilters() { return !ownAreas.isEmpty() || !ownRegions.isEmpty(); }
    public Set<String> targetGroups() { return targetGroups; }
    public Set<String> categories() { return categories; }
    public Channel channel() { return channel; }
    public String address() { return address; }
    public @Nullable String addressSha256() { return addressSha256; }
    public Cadence cadence() { return cadence; }
    public String language() { return language; }
    public boolean ownerActive() { return ownerActive; }
    public @Nullable Instant unsubscribedAt() { return unsubscribedAt; }
    public boolean personalised() { return personalised; }
    public @Nullable Instant disabledAt() { return disabledAt; }
    public @Nullable String disabledReason() { return disabledReason; }
    public boolean deleted() { return deleted; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
