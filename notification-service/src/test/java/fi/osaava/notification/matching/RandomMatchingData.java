package fi.osaava.notification.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random subscriptions and events over a realistic value space: about 60 competence areas, the region
 * codes, a handful of target groups and categories, and owners from a pool small enough that an event's
 * origin and concerned organisations often are subscribers too.
 */
public final class RandomMatchingData {

    static final List<String> AREAS = numbered("area-", 60);
    static final List<String> REGIONS = List.of("01", "02", "04", "05", "06", "07", "08", "09", "10", "11",
            "12", "13", "14", "15", "16", "17", "18", "19", "21");
    static final List<String> TARGET_GROUPS = List.of("STAFF", "SUPERVISORS", "STUDENTS", "MANAGEMENT",
            "TEACHERS", "CITIZENS");
    static final List<String> CATEGORIES = List.of("COURSE", "WEBINAR", "DEGREE", "SELF_STUDY", "WORKSHOP");
    static final List<String> OWNERS = numbered("org-", 500);

    private final Random random;
    private int events;

    public RandomMatchingData(long seed) {
        this.random = new Random(seed);
    }

    public IndexedSubscription subscription(String id) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (Topic topic : Topic.values()) {
            if (random.nextInt(3) == 0) {
                topics.add(topic);
            }
        }
        Set<Topic> concerned = EnumSet.noneOf(Topic.class);
        if (random.nextInt(4) == 0) {
            concerned.add(Topic.NEED_ANSWERED);
            if (random.nextBoolean()) {
                concerned.add(Topic.NEED_COVERED);
            }
        }
        SubscriptionCriteria criteria = new SubscriptionCriteria(
                topics,
                chance(15) ? Set.of() : some(AREAS, 1 + random.nextInt(8)),
                chance(20) ? Set.of() : some(REGIONS, 1 + random.nextInt(3)),
                chance(50) ? Set.of() : some(TARGET_GROUPS, 1 + random.nextInt(2)),
                chance(70) ? Set.of() : some(CATEGORIES, 1 + random.nextInt(2)),
                concerned);
        return new IndexedSubscription(id, pick(OWNERS), criteria);
    }

    public AlertEvent event() {
        Topic topic = Topic.values()[random.nextInt(Topic.values().length)];
        boolean aboutNeed = topic == Topic.NEED_PUBLISHED || topic == Topic.NEED_ANSWERED
                || topic == Topic.NEED_COVERED;
        boolean aboutOffering = topic == Topic.OFFERING_PUBLISHED
                || topic == Topic.PRE_REGISTRATION_DEADLINE_NEAR;
        return new AlertEvent(
                "event-" + events++,
                topic,
                "subject-" + random.nextInt(1000),
                Instant.EPOCH,
                chance(10) ? Set.of() : some(REGIONS, 1 + random.nextInt(2)),
                chance(10) ? Set.of() : some(AREAS, 1 + random.nextInt(3)),
                chance(40) ? Set.of() : some(TARGET_GROUPS, 1 + random.nextInt(2)),
                aboutOffering && !chance(20) ? pick(CATEGORIES) : null,
                chance(5) ? null : pick(OWNERS),
                aboutNeed ? some(OWNERS, random.nextInt(4)) : Set.of(),
                Map.of("fi", "otsikko"),
                Map.of());
    }

    /** Between zero and {@code bound - 1}. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Set<String> some(List<String> values, int count) {
        Set<String> picked = new HashSet<>();
        while (picked.size() < count) {
            picked.add(pick(values));
        }
        return picked;
    }

    private static List<String> numbered(String prefix, int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(prefix + i);
        }
        return List.copyOf(values);
    }
}
