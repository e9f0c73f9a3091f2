package fi.osaava.needs.foresight;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/** A calendar quarter, written {@code 2026-Q1}. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
        }
    }

    /** @throws IllegalArgumentException unless the text is of the form {@code 2026-Q1} */
    public static Quarter parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("is not a quarter of the form 2026-Q1: " + text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The quarter the instant falls in, in the zone's local time (a need's quarter is the Finnish one). */
    public static Quarter of(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return new Quarter(local.getYear(), (local.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter plus(int quarters) {
        int index = index() + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    /** How many quarters from this one to {@code other} inclusive; zero or less if other is earlier. */
    public int countTo(Quarter other) {
        return other.index() - index() + 1;
    }

    private int index() {
        return year * 4 + number - 1;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(index(), other.index());
    }

    @Override
    @JsonValue
    public String toString() {
        return year + "-Q" + number;
    }
}
