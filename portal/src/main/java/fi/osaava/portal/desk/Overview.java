package fi.osaava.portal.desk;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The desk's live overview: each part as one service answered it, or {@code null} when that service did not (the
 * page then says "not available" for that part alone).
 *
 * @param at          when the figures were asked
 * @param newNeeds    the needs published this week (needs-service's newest needs)
 * @param uncovered   the learners in open needs no offering covers yet (needs-service's gap list)
 * @param deliveries  today's alerts and the delivery queue (notification-service's delivery counts)
 */
record Overview(Instant at, @Nullable NewNeeds newNeeds, @Nullable Uncovered uncovered,
                @Nullable DeliveryCounts deliveries) {

    /**
     * @param count   needs published since the week began
     * @param atLeast whether {@code count} is only a lower bound: the one page asked was full of this week's needs
     * @param newest  the newest few of them, newest first
     */
    record NewNeeds(int count, boolean atLeast, List<NewNeed> newest) {
    }

    record NewNeed(String id, String title, Instant publishedAt, int totalDemand) {
    }

    record Uncovered(int learners, int needs) {
    }

    /**
     * @param sent    alerts sent today
     * @param failed  alerts of today that have not gone (failing and being retried, or given up)
     * @param waiting deliveries waiting to be sent (pending, or failed and to be retried)
     * @param dead    deliveries given up after the last attempt
     */
    record DeliveryCounts(int sent, int failed, int waiting, int dead) {
    }
}
