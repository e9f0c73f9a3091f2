package fi.osaava.needs.foresight;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.kit.domain.InvalidFieldException;

/** The quarters a trend covers, from and to inclusive. */
public record TrendPeriod(Quarter from, Quarter to) {

    /** Ten years: more than any planning round looks back, and a bound on the answer's size. */
    public static final int MAX_QUARTERS = 40;
    /** Two years up to now, when the caller names no period. */
    public static final int DEFAULT_QUARTERS = 8;

    public TrendPeriod {
        if (from.compareTo(to) > 0) {
            throw new InvalidFieldException("from", "is after to (" + from + " > " + to + ")");
        }
        if (from.countTo(to) > MAX_QUARTERS) {
            throw new InvalidFieldException("to", "the period " + from + "–" + to + " has " + from.countTo(to)
                    + " quarters; at most " + MAX_QUARTERS);
        }
    }

    /**
     * The period the caller asked for. Without {@code to} it ends in the current quarter; without
     * {@code from} it is the {@value #DEFAULT_QUARTERS} quarters up to {@code to}.
     */
    public static TrendPeriod of(@Nullable String from, @Nullable String to, Quarter current) {
        Quarter end = to == null || to.isBlank() ? current : parse("to", to);
        Quarter start = from == null || from.isBlank() ? end.plus(1 - DEFAULT_QUARTERS) : parse("from", from);
        return new TrendPeriod(start, end);
    }

    public List<Quarter> quarters() {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter at = from; at.compareTo(to) <= 0; at = at.plus(1)) {
            quarters.add(at);
        }
        return quarters;
    }

    public boolean contains(Quarter quarter) {
        return from.compareTo(quarter) <= 0 && quarter.compareTo(to) <= 0;
    }

    private static Quarter parse(String field, String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, String.valueOf(e.getMessage()));
        }
    }
}
