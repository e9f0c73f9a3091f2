package fi.osaava.load;

import java.util.List;

/**
 * What the needs of a steady run came to: the last-mail latency of every need done, and apart those of the needs
 * posted in its first and in its last window. It kept up if every need was done and the last ones' p50 is at most
 * twice the first ones' + 100 ms: a backlog that grows shows as later needs waiting longer than the first.
 *
 * @param mails the mails accepted for all the needs, done or not
 */
record SteadyTally(Latencies all, Latencies first, Latencies last, int done, int needs, long mails) {

    /** The needs posted from {@code began} until {@code postingEnds}; each window is {@code windowNanos} long. */
    static SteadyTally of(List<AwaitedNeed> needs, long began, long postingEnds, long windowNanos) {
        Latencies all = new Latencies();
        Latencies first = new Latencies();
        Latencies last = new Latencies();
        int done = 0;
        long mails = 0;
        for (AwaitedNeed need : needs) {
            mails += need.accepted();
            if (need.isDone()) {
                done++;
                all.recordNanos(need.lastMailLatencyNanos());
                if (need.postedNanos() - began < windowNanos) {
                    first.recordNanos(need.lastMailLatencyNanos());
                } else if (postingEnds - need.postedNanos() <= windowNanos) {
                    last.recordNanos(need.lastMailLatencyNanos());
                }
            }
        }
        return new SteadyTally(all, first, last, done, needs.size(), mails);
    }

    boolean allDone() {
        return done == needs;
    }

    boolean keptUp() {
        return allDone() && last.count() > 0 && first.count() > 0
                && last.percentileMillis(50) <= 2 * first.percentileMillis(50) + 100;
    }
}
