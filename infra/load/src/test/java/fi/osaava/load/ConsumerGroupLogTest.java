package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConsumerGroupLogTest {

    private static final String PREFIX = "2026-12-03T13:26:19.547Z  INFO 27663 --- [notification-service] [container-0-C-1] "
            + "o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-notification-service-5, groupId=";

    @Test
    void aNewGenerationIsARebalanceAndAPollTimeoutAnEviction() {
        List<String> startUp = List.of(joined("notification-service", 5), joined("notification-service", 6),
                joined("notification-service", 6), joined("someone-else", 40));
        List<String> later = new java.util.ArrayList<>(startUp);
        later.add(PREFIX + "notification-service] consumer poll timeout has expired. This means the time between ...");
        later.add(joined("notification-service", 7));
        later.add(joined("notification-service", 7));

        ConsumerGroupLog.Snapshot before = ConsumerGroupLog.parse(startUp, "notification-service");
        ConsumerGroupLog.Snapshot after = ConsumerGroupLog.parse(later, "notification-service");

        assertThat(before).isEqualTo(new ConsumerGroupLog.Snapshot(6, 0));
        assertThat(after.since(before)).isEqualTo("1 rebalance, 1 eviction");
        assertThat(after.quietSince(before)).isFalse();
        assertThat(before.since(before)).isEqualTo("0 rebalances, 0 evictions");
    }

    private static String joined(String group, int generation) {
        return PREFIX + group + "] Successfully joined group with generation Generation{generationId=" + generation
                + ", memberId='consumer-notification-service-5-b5be95c9', protocol='range'}";
    }
}
