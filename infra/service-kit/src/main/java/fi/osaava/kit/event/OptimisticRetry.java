package fi.osaava.kit.event;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a load-change-save of one aggregate again when its save lost an optimistic-locking race: to
 * another writer, or to the outbox relay, which bumps the version when it removes a published event.
 * Each attempt must load the aggregate afresh. After the last attempt the failure goes to the caller
 * (an HTTP 409, or a redelivery for a consumer).
 */
public final class OptimisticRetry {

    public static final int ATTEMPTS = 5;

    private OptimisticRetry() {
    }

    public static <T> T run(Supplier<T> loadChangeAndSave) {
        for (int attempt = 1; ; attempt++) {
            try {
                return loadChangeAndSave.get();
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
