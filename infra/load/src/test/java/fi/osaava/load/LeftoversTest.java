package fi.osaava.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LeftoversTest {

    @Test
    void quietOnceNoOutboxAndNoQueueHoldsAnythingWhateverWasGivenUp() {
        assertThat(Leftovers.quiet(Map.of("DEAD deliveries", 3L, "delivery queue", 0L))).isTrue();
        assertThat(Leftovers.quiet(Map.of("DEAD deliveries", 0L, "delivery queue", 1L))).isFalse();
        assertThat(Leftovers.quiet(Map.of("outbox needs.competence-needs", 2L))).isFalse();
    }
}
