package fi.osaava.portal.clock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.osaava.portal.language.Languages;

/**
 * An entry of the annual clock as the page shows it: its next occurrence (the one running today, else the next
 * to start) and whether it runs in the current month. {@code number} is its place in calendar order from today,
 * the same on the wheel and in the list.
 */
public record ClockEntry(int number, String entryId, Map<String, String> title, @Nullable String description,
                  String responsibleOrganisationId, Occurrence next, boolean current) {

    /**
     * The entries of these occurrences (membership-service's, of the years around today) in calendar order from
     * today: those running first, then by the day they start.
     */
    static List<ClockEntry> from(List<Occurrence> occurrences, LocalDate today) {
        Map<String, Occurrence> next = new LinkedHashMap<>();
        Map<String, Boolean> current = new LinkedHashMap<>();
        for (Occurrence occurrence : occurrences) {
            current.merge(occurrence.entryId(), occurrence.overlapsMonthOf(today), Boolean::logicalOr);
            if (!occurrence.endedBefore(today)) {
                next.merge(occurrence.entryId(), occurrence,
                        (kept, other) -> other.startsOn().isBefore(kept.startsOn()) ? other : kept);
            }
        }
        List<Occurrence> ordered = new ArrayList<>(next.values());
        ordered.sort(Comparator.comparing(Occurrence::startsOn).thenComparing(Occurrence::endsOn)
                .thenComparing(occurrence -> occurrence.title().getOrDefault("fi", "")));
        List<ClockEntry> entries = new ArrayList<>();
        for (Occurrence occurrence : ordered) {
            entries.add(new ClockEntry(entries.size() + 1, occurrence.entryId(), occurrence.title(),
                    occurrence.description(), occurrence.responsibleOrganisationId(), occurrence,
                    current.getOrDefault(occurrence.entryId(), false)));
        }
        return entries;
    }

    /** The title in the page's language, falling back to Finnish. */
    public String name() {
        String name = Languages.pick(title);
        return name == null ? entryId : name;
    }

    /** The month (1–12) its next occurrence starts in. */
    public int month() {
        return next.startsOn().getMonthValue();
    }

    /** The next occurrence's dates in the person's way of writing them: one date, or both ends. */
    public String period(Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return next.startsOn().equals(next.endsOn()) ? format.format(next.startsOn())
                : format.format(next.startsOn()) + " – " + format.format(next.endsOn());
    }

    /** The day membership-service reminds of the next occurrence, in the person's way of writing it; none: none. */
    public @Nullable String reminder(Locale locale) {
        return next.remindOn() == null ? null : date(next.remindOn(), locale);
    }

    /** A date in the person's way of writing it. */
    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Whether it is running today. */
    public boolean running(LocalDate today) {
        return !next.startsOn().isAfter(today);
    }
}
