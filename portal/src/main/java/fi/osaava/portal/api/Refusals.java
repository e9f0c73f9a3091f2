package fi.osaava.portal.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A service's refusal in the person's language. The services' 409 (and 403) problem details carry no code of their
 * own, only an English {@code detail}; the refusals a person meets on the portal's forms are recognised here by that
 * wording (each pattern a copy of the service's text, pinned by {@code RefusalsTest}), and become a message key with
 * the figures of the refusal as its arguments. A refusal not known here keeps the service's own words.
 */
public final class Refusals {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** The states a need's page names ({@code need.status.*}). */
    private static final String NEED_STATUSES = "DRAFT|PUBLISHED|ANSWERED|COVERED|WITHDRAWN|CLOSED";

    /** One known refusal: the service, its status, the wording of its detail, and the message it becomes. */
    private record Known(OsaavaService service, int status, Pattern detail,
                         BiFunction<Matcher, Locale, MessageSourceResolvable> message) {
    }

    private static final List<Known> KNOWN = List.of(
            // catalogue-service: seats of a funded offering (SeatLedger, PreRegistrationManagement)
            known(OsaavaService.CATALOGUE, 409, "Only (\\d+) seat\\(s\\) left; asked for (\\d+)",
                    (found, locale) -> message("refusal.seats.only-left", number(found, 1), number(found, 2))),
            known(OsaavaService.CATALOGUE, 409, "The offering is full: no seats left \\(capacity (\\d+)\\)",
                    (found, locale) -> message("refusal.seats.full", number(found, 1))),
            known(OsaavaService.CATALOGUE, 409, "Your organisation already holds (\\d+) seat\\(s\\) here \\((\\w+)\\);.*",
                    (found, locale) -> message("refusal.seats.already-held", number(found, 1))),
            known(OsaavaService.CATALOGUE, 409, "Your (\\d+) seat\\(s\\) are COMMITTED, which is binding;.*",
                    (found, locale) -> message("refusal.seats.committed", number(found, 1))),
            known(OsaavaService.CATALOGUE, 409, "The registration deadline of offering \\S+ was (\\S+); .*",
                    (found, locale) -> message("refusal.seats.deadline-passed", time(found.group(1), locale))),
            known(OsaavaService.CATALOGUE, 409, "Offering \\S+ is (DRAFT|WITHDRAWN|ARCHIVED); pre-registration is open only for PUBLISHED offerings",
                    (found, locale) -> message("refusal.seats.not-published",
                            named("offering.status.", found.group(1)))),
            known(OsaavaService.CATALOGUE, 409, "Offering \\S+ is .*; only FUNDED offerings take pre-registrations",
                    (found, locale) -> message("refusal.seats.not-funded")),
            known(OsaavaService.CATALOGUE, 409, "The seats of offering \\S+ are changing too fast right now; retry",
                    (found, locale) -> message("refusal.seats.busy")),
            known(OsaavaService.CATALOGUE, 403, "The provider of an offering does not pre-register to it",
                    (found, locale) -> message("refusal.seats.provider")),
            // catalogue-service: an offering's content (Offering.revise; an externalId the provider has used already)
            known(OsaavaService.CATALOGUE, 409, "Offering \\S+ is (WITHDRAWN|ARCHIVED); a \\w+ offering cannot be changed",
                    (found, locale) -> message("refusal.offering.unchangeable", named("offering.status.", found.group(1)))),
            known(OsaavaService.CATALOGUE, 409, "Something with the same identity already exists",
                    (found, locale) -> message("refusal.offering.same-identity")),
            // needs-service: a need's endorsement and its end (CompetenceNeed)
            known(OsaavaService.NEEDS, 409, "Need \\S+ is (" + NEED_STATUSES + "); only a published need can be (endorsed|closed|answered)",
                    (found, locale) -> message("refusal.need.not-open." + found.group(2),
                            named("need.status.", found.group(1)))),
            known(OsaavaService.NEEDS, 409, "Need \\S+ is your organisation's own; change its estimated learners instead",
                    (found, locale) -> message("refusal.need.own")),
            // needs-service: the coordinator's priority (CompetenceNeed.prioritise)
            known(OsaavaService.NEEDS, 409, "Need \\S+ is (" + NEED_STATUSES + "); only a published need gets a priority",
                    (found, locale) -> message("refusal.need.not-open.prioritised", named("need.status.", found.group(1)))),
            known(OsaavaService.NEEDS, 409, "Need \\S+ is (" + NEED_STATUSES + "); it can no longer be withdrawn",
                    (found, locale) -> message("refusal.need.not-withdrawable",
                            named("need.status.", found.group(1)))));

    private Refusals() {
    }

    /** The refusal in the person's language, when it is one of the known ones. */
    public static Optional<MessageSourceResolvable> known(ServiceProblem refused, Locale locale) {
        String detail = refused.detail();
        if (detail == null) {
            return Optional.empty();
        }
        for (Known known : KNOWN) {
            if (known.service() == refused.service() && known.status() == refused.status()) {
                Matcher found = known.detail().matcher(detail.strip());
                if (found.matches()) {
                    return Optional.of(known.message().apply(found, locale));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The refusal in the person's language; an unknown one as {@code fallback} with the service's own words as its
     * argument ({@code {0}}), or as {@code fallback} alone when the service gave none.
     */
    public static MessageSourceResolvable of(ServiceProblem refused, Locale locale, String fallback) {
        return known(refused, locale).orElseGet(() -> message(fallback,
                refused.detail() == null ? "" : refused.detail()));
    }

    private static Known known(OsaavaService service, int status, String detail,
                               BiFunction<Matcher, Locale, MessageSourceResolvable> message) {
        return new Known(service, status, Pattern.compile(detail, Pattern.DOTALL), message);
    }

    private static MessageSourceResolvable message(String code, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
    }

    /** A state by its message ({@code prefix + value}), or as the service wrote it. */
    private static MessageSourceResolvable named(String prefix, String value) {
        return new DefaultMessageSourceResolvable(new String[] {prefix + value}, null, value);
    }

    private static Integer number(Matcher found, int group) {
        return Integer.valueOf(found.group(group));
    }

    /** An instant of the service's text as a Helsinki date and time in the person's way of writing one. */
    private static String time(String instant, Locale locale) {
        String bare = instant.endsWith(";") ? instant.substring(0, instant.length() - 1) : instant;
        try {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                    .format(Instant.parse(bare).atZone(HELSINKI));
        } catch (DateTimeParseException notAnInstant) {
            return bare;
        }
    }
}
