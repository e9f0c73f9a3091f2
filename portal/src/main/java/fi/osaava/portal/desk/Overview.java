package fi.osaava.portal.desk;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** The figures' names, in the page's order: {@code [data-count]} and the message keys use them. */
    static final List<String> NAMES = List.of("new-needs", "uncovered-learners", "alerts-sent-today",
            "alerts-failed-today", "deliveries-waiting", "deliveries-dead");

    public List<String> names() {
        return NAMES;
    }

    /** The figures there are, by name (a part whose service did not answer has none). */
    public Map<String, Integer> figures() {
        Map<String, Integer> figures = new LinkedHashMap<>();
        if (newNeeds != null) {
            figures.put("new-needs", newNeeds.count());
        }
        if (uncovered != null) {
            figures.put("uncovered-learners", uncovered.learners());
        }
        if (deliveries != null) {
            figures.put("alerts-sent-today", deliveries.sent());
            figures.put("alerts-failed-today", deliveries.failed());
            figures.put("deliveries-waiting", deliveries.waiting());
            figures.put("deliveries-dead", deliveries.dead());
        }
        return figures;
    }

    /**
     * The figures as htmx sends them back with the next refresh ({@code hx-vals}), so that it can tell what changed:
     * {@code {"was.new-needs": 2, …}}.
     */
    public String asRefreshValues() {
        return figures().entrySet().stream().map(figure -> "\"was." + figure.getKey() + "\": " + figure.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** The figures that differ from those the page showed before ({@code was.<name>}), in the page's order. */
    List<Change> changedSince(Map<String, String> shown) {
        return figures().entrySet().stream()
                .filter(figure -> shown.containsKey("was." + figure.getKey()))
                .map(figure -> new Change(figure.getKey(), shown.get("was." + figure.getKey()),
                        String.valueOf(figure.getValue())))
                .filter(change -> !change.before().equals(change.after()))
                .toList();
    }

    record Change(String name, String before, String after) {
    }

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
