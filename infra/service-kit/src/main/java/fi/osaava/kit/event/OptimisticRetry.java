package fi.osaava.kit.event;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-change-save of one aggregate again when its save lost an optimistic-locking race: to
 * another writer, or to the outbox relay, which bumps the version when it removes a published event.
 * Each attempt must load the aggregate afresh. After the last attempt the failure goes to the caller
 * (an HTTP 409, or a redelivery for a consumer), as it was thrown, and so does any other failure at once.
 *
 * <p>The retrying is Spring Framework's {@link RetryTemplate}; this class only says what is retried (a lost race,
 * nothing else), how often ({@value #ATTEMPTS} attempts in all) and without a pause (the winner has already saved).
 */
public final class OptimisticRetry {

    public static final int ATTEMPTS = 5;

    private static final RetryTemplate LOST_RACES = new RetryTemplate(RetryPolicy.builder()
            .includes(OptimisticLockingFailureException.class)
            .maxRetries(ATTEMPTS - 1)
            .delay(Duration.ZERO)
            .build());

    private OptimisticRetry() {
    }

    public static <T> T run(Supplier<T> loadChangeAndSave) {
        try {
            return LOST_RACES.execute(loadChangeAndSave::get);
        } catch (RetryException e) {
            // the last attempt's own failure: the caller maps it (409), a consumer has the record redelivered
            Throwable last = e.getCause();
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a load-change-save failed: " + last, last);
        }
    }
}
