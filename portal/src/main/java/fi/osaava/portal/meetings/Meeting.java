package fi.osaava.portal.meetings;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as membership-service shows it to the ecosystem's coordinator (every proposal); times in Finnish time.
 * Status: SCHEDULED → AGENDA_PUBLISHED → HELD; SCHEDULED or AGENDA_PUBLISHED → CANCELLED.
 */
public record Meeting(String meetingId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                      @Nullable String place, @Nullable String onlineUrl, @Nullable Chair chair, List<String> themes,
                      String status, List<AgendaItem> agenda, List<Proposal> proposals, List<Decision> decisions,
                      @Nullable String cancelReason) {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    public record Chair(@Nullable String name, @Nullable String organisationId) {
    }

    public record AgendaItem(String itemId, String title, @Nullable String description,
                             @Nullable String proposedByOrganisationId) {
    }

    public record Proposal(String proposalId, String organisationId, String title, @Nullable String description,
                           String status, @Nullable String declineReason) {

        public boolean undecided() {
            return "PROPOSED".equals(status);
        }
    }

    public record Decision(String decisionId, @Nullable String agendaItemId, String text) {
    }

    public Meeting {
        themes = themes == null ? List.of() : themes;
        agenda = agenda == null ? List.of() : agenda;
        proposals = proposals == null ? List.of() : proposals;
        decisions = decisions == null ? List.of() : decisions;
    }

    /** Not over yet: the upcoming list; the others are past. */
    boolean upcoming(OffsetDateTime now) {
        return endsAt.isAfter(now);
    }

    /** Items are added and proposals decided until the agenda is published. */
    public boolean agendaOpen() {
        return "SCHEDULED".equals(status);
    }

    /** Decisions are recorded once the meeting with a published agenda has begun. */
    public boolean takesDecisions() {
        return "AGENDA_PUBLISHED".equals(status) && !startsAt.isAfter(OffsetDateTime.now());
    }

    public boolean cancellable() {
        return "SCHEDULED".equals(status) || "AGENDA_PUBLISHED".equals(status);
    }

    public long undecidedProposals() {
        return proposals.stream().filter(Proposal::undecided).count();
    }

    /** When it is, in the person's way of writing a date and time (Finnish time). */
    public String when(Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        OffsetDateTime from = startsAt.atZoneSameInstant(HELSINKI).toOffsetDateTime();
        OffsetDateTime to = endsAt.atZoneSameInstant(HELSINKI).toOffsetDateTime();
        return day.format(from) + " – " + (from.toLocalDate().equals(to.toLocalDate()) ? time.format(to) : day.format(to));
    }

    /** An agenda item's title by its id, for a decision made under it. */
    public @Nullable String itemTitle(@Nullable String itemId) {
        return itemId == null ? null : agenda.stream().filter(item -> item.itemId().equals(itemId))
                .map(AgendaItem::title).findFirst().orElse(null);
    }

    /** An https link only: the page never links to another kind of address. */
    public @Nullable String onlineLink() {
        return onlineUrl != null && onlineUrl.startsWith("https://") ? onlineUrl : null;
    }
}
