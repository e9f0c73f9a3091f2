package fi.osaava.kit.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class OptimisticRetryTest {

    @Test
    void aLostRaceIsRunAgainUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();

        String saved = OptimisticRetry.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockingFailureException("lost " + attempts.get());
            }
            return "saved at " + attempts.get();
        });

        assertThat(saved).isEqualTo("saved at 3");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterTheLastAttemptTheLostRaceItselfGoesToTheCaller() {
        AtomicInteger attempts = new AtomicInteger();
        OptimisticLockingFailureException last = new OptimisticLockingFailureException("lost the last");

        assertThatThrownBy(() -> OptimisticRetry.run(() -> {
            if (attempts.incrementAndGet() == OptimisticRetry.ATTEMPTS) {
                throw last;
            }
            throw new OptimisticLockingFailureException("lost " + attempts.get());
        })).isSameAs(last);
        assertThat(attempts).hasValue(OptimisticRetry.ATTEMPTS);
    }

    @Test
    void anyOtherFailureGoesToTheCallerAtOnceAsItWasThrown() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException refused = new IllegalArgumentException("not allowed");

        assertThatThrownBy(() -> OptimisticRetry.run(() -> {
            attempts.incrementAndGet();
            throw refused;
        })).isSameAs(refused);
        assertThat(attempts).hasValue(1);
    }
}
