package fi.osaava.notification.alert.email;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import fi.osaava.kit.reference.ReferenceData;
import fi.osaava.notification.alert.AlertReason;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.AlertEvent.Detail;
import fi.osaava.notification.matching.Topic;

/**
 * Turns an event into what the templates show: labels instead of codes, dates in Helsinki time in the
 * language's format, and the facts each topic has. Words come from the bundles, so a missing one fails loudly.
 */
final class EmailWords {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static final Map<String, DateTimeFormatter> DATE_TIMES = Map.of(
            "fi", DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm", Locale.forLanguageTag("fi")),
            "sv", DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' H.mm", Locale.forLanguageTag("sv")),
            "en", DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH));
    private static final Map<String, DateTimeFormatter> DATES = Map.of(
            "fi", DateTimeFormatter.ofPattern("d.M.yyyy", Locale.forLanguageTag("fi")),
            "sv", DateTimeFormatter.ofPattern("d.M.yyyy", Locale.forLanguageTag("sv")),
            "en", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    /** The facts each topic shows, in this order, when the event has them. */
    private static final Map<Topic, List<String>> FACTS = Map.of(
            Topic.NEED_PUBLISHED, List.of("regions", "competenceAreas", "targetGroups", Detail.ESTIMATED_LEARNERS,
                    Detail.HORIZON),
            Topic.NEED_ANSWERED, List.of(Detail.ANSWER_KIND, Detail.OFFERING_TITLE, Detail.EXPECTED_START,
                    Detail.ANSWER_MESSAGE, "regions", "competenceAreas"),
            Topic.NEED_COVERED, List.of(Detail.OFFERING_TITLE, "regions", "competenceAreas", "targetGroups"),
            Topic.OFFERING_PUBLISHED, List.of("category", "regions", "competenceAreas", "targetGroups",
                    Detail.STARTS_AT, Detail.ENDS_AT, Detail.PLACE, Detail.ONLINE_URL, Detail.REGISTRATION_DEADLINE),
            Topic.PRE_REGISTRATION_DEADLINE_NEAR, List.of(Detail.REGISTRATION_DEADLINE, Detail.STARTS_AT, Detail.PLACE,
                    Detail.ONLINE_URL, "regions", "competenceAreas"),
            Topic.MEETING_SCHEDULED, List.of(Detail.STARTS_AT, Detail.ENDS_AT, Detail.PLACE, Detail.ONLINE_URL),
            Topic.ANNUAL_CLOCK_REMINDER, List.of(Detail.STARTS_ON, Detail.ENDS_ON, Detail.PLACE, Detail.ONLINE_URL));

    /** What the templates show of one alert. {@code url} is set only for a fact that is a safe web link. */
    record Fact(String label, String value, @Nullable String url) {
    }

    record Alert(String topic, String topicLabel, String title, String occurred, List<Fact> facts,
                 @Nullable String description, String why) {
    }

    record Group(String topicLabel, int count, List<Alert> alerts) {
    }

    private final MessageSource messages;

    EmailWords(MessageSource messages) {
        this.messages = messages;
    }

    /** fi, sv or en; "sv-FI" is Swedish; anything else is Finnish, the ecosystem's main language. */
    static String language(@Nullable String language) {
        if (language == null) {
            return "fi";
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return LANGUAGES.contains(primary) ? primary : "fi";
    }

    String text(String lang, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.forLanguageTag(lang));
    }

    Alert alert(AlertEvent event, AlertReason reason, String lang) {
        List<Fact> facts = new ArrayList<>();
        for (String fact : FACTS.get(event.topic())) {
            String value = value(event, fact, lang);
            if (value != null && !value.isBlank()) {
                facts.add(new Fact(text(lang, "fact." + fact), value, Detail.ONLINE_URL.equals(fact) && isWebLink(value)
                        ? value : null));
            }
        }
        String description = event.details().get(Detail.DESCRIPTION);
        return new Alert(event.topic().name(), text(lang, "topic." + event.topic().name()), event.title(lang),
                dateTime(event.occurredAt(), lang), facts, description == null || description.isBlank() ? null
                : description.strip(), why(reason, lang));
    }

    /** Why this person gets the mail: the role, and the areas that matched when there are any. */
    String why(AlertReason reason, String lang) {
        String areas = reason.matchedAreas().stream().sorted().map(code -> area(code, lang))
                .collect(Collectors.joining(", "));
        String role = reason.role().name();
        return areas.isEmpty() ? text(lang, "why." + role) : text(lang, "why." + role + ".areas", areas);
    }

    String period(String lang, LocalDate firstDay, LocalDate lastDay) {
        DateTimeFormatter format = DATES.get(lang);
        return firstDay.equals(lastDay) ? format.format(firstDay)
                : format.format(firstDay) + "–" + format.format(lastDay);
    }

    private @Nullable String value(AlertEvent event, String fact, String lang) {
        ReferenceData reference = ReferenceData.get();
        return switch (fact) {
            case "regions" -> joined(event.regions().stream().map(code -> reference.regionName(code, lang)).toList());
            case "competenceAreas" -> joined(event.competenceAreas().stream().map(code -> area(code, lang)).toList());
            case "targetGroups" -> joined(event.targetGroups().stream().map(code -> label(lang, "targetGroup.", code))
                    .toList());
            case "category" -> event.category() == null ? null : label(lang, "category.", event.category());
            case Detail.HORIZON, Detail.ANSWER_KIND -> {
                String code = event.details().get(fact);
                yield code == null ? null : label(lang, fact + ".", code);
            }
            case Detail.STARTS_AT, Detail.ENDS_AT, Detail.REGISTRATION_DEADLINE, Detail.STARTS_ON, Detail.ENDS_ON,
                 Detail.EXPECTED_START -> {
                String when = event.details().get(fact);
                yield when == null ? null : when(when, lang);
            }
            default -> event.details().get(fact);
        };
    }

    private static String area(String code, String lang) {
        return ReferenceData.get().competenceAreaLabel(code, lang);
    }

    /** A code's label from the bundle; the code itself when the bundle does not know it (a newer event). */
    private String label(String lang, String prefix, String code) {
        return messages.getMessage(prefix + code, null, code, Locale.forLanguageTag(lang));
    }

    /** An ISO instant becomes Helsinki time, an ISO date a date; anything else is shown as it came. */
    private static String when(String iso, String lang) {
        try {
            return dateTime(Instant.parse(iso), lang);
        } catch (DateTimeException notAnInstant) {
            try {
                return DATES.get(lang).format(LocalDate.parse(iso));
            } catch (DateTimeException notADate) {
                return iso;
            }
        }
    }

    static String dateTime(Instant instant, String lang) {
        return DATE_TIMES.get(lang).format(instant.atZone(HELSINKI));
    }

    private static String joined(Collection<String> labels) {
        return labels.stream().sorted().collect(Collectors.joining(", "));
    }

    /** Only http(s) becomes a link in the HTML part: an event's "javascript:" must stay text. */
    private static boolean isWebLink(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
