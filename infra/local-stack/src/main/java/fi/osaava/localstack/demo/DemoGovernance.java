package fi.osaava.localstack.demo;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pohjois-Savo's annual clock (the entries it lacks, by Finnish title, retired ones too) and one upcoming meeting
 * with its agenda and a core actor's proposal (unless a meeting of that title is still ahead).
 */
final class DemoGovernance {

    private static final Set<String> OPEN_MEETING = Set.of("SCHEDULED", "AGENDA_PUBLISHED");

    private final JsonNode root;
    private final JsonHttp http;
    private final ObjectMapper mapper;
    private final URI membership;
    private final Function<String, String> tokenOf;
    private final Supplier<String> coordinatorToken;
    private final Clock clock;

    DemoGovernance(JsonNode root, JsonHttp http, ObjectMapper mapper, URI membership, Function<String, String> tokenOf,
                   Supplier<String> coordinatorToken, Clock clock) {
        this.root = root;
        this.http = http;
        this.mapper = mapper;
        this.membership = membership;
        this.tokenOf = tokenOf;
        this.coordinatorToken = coordinatorToken;
        this.clock = clock;
    }

    /**
     * The annual clock's entries its ecosystem lacks (by Finnish title), each with its responsible organisation;
     * {@code idOf} gives an organisation's id by its ref.
     */
    void completeAnnualClock(Function<String, String> idOf) {
        JsonNode clockData = root.path("annualClock");
        if (clockData.isMissingNode()) {
            return;
        }
        URI url = membership.resolve("/api/ecosystems/" + clockData.path("ecosystem").asText() + "/annual-clock/entries");
        Set<String> titles = new HashSet<>();
        http.get(url, coordinatorToken.get()).forEach(e -> titles.add(e.path("title").path("fi").asText()));
        for (JsonNode entry : clockData.path("entries")) {
            if (titles.contains(entry.path("title").path("fi").asText())) {
                continue;
            }
            ObjectNode body = (ObjectNode) entry.deepCopy();
            body.remove("responsible");
            body.put("responsibleOrganisationId", idOf.apply(entry.path("responsible").asText()));
            http.post(url, body, coordinatorToken.get());
        }
    }

    /**
     * The demo meeting, unless one of that title is still ahead: scheduled on the first weekday
     * {@code weeksAhead} weeks from today at {@code startsAt} Helsinki time. While its agenda is open, the
     * agenda items and core actors' proposals it lacks (by title) are added.
     */
    void completeMeeting(Function<String, String> idOf, Function<String, String> nameOf) {
        JsonNode data = root.path("meeting");
        if (data.isMissingNode()) {
            return;
        }
        URI meetings = membership.resolve("/api/ecosystems/" + data.path("ecosystem").asText() + "/meetings");
        JsonNode meeting = upcoming(http.get(meetings, coordinatorToken.get()), data.path("title").asText())
                .orElseGet(() -> http.post(meetings, meetingRequest(data, idOf), coordinatorToken.get()));
        if (!"SCHEDULED".equals(meeting.path("status").asText())) {
            return;
        }
        String meetingId = meeting.path("meetingId").asText();
        URI items = membership.resolve(meetings.getPath() + "/" + meetingId + "/agenda-items");
        for (JsonNode item : data.path("agendaItems")) {
            if (!hasTitle(meeting.path("agenda"), item.path("title").asText())) {
                http.post(items, item.deepCopy(), coordinatorToken.get());
            }
        }
        URI proposals = membership.resolve(meetings.getPath() + "/" + meetingId + "/agenda-proposals");
        for (JsonNode proposal : data.path("proposals")) {
            if (hasTitle(meeting.path("proposals"), proposal.path("title").asText())
                    || hasTitle(meeting.path("agenda"), proposal.path("title").asText())) {
                continue;
            }
            ObjectNode body = (ObjectNode) proposal.deepCopy();
            String proposer = nameOf.apply(body.remove("organisation").asText());
            http.post(proposals, body, tokenOf.apply(proposer));
        }
    }

    private Optional<JsonNode> upcoming(JsonNode meetings, String title) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (JsonNode meeting : meetings) {
            if (title.equals(meeting.path("title").asText()) && OPEN_MEETING.contains(meeting.path("status").asText())
                    && OffsetDateTime.parse(meeting.path("startsAt").asText()).isAfter(now)) {
                return Optional.of(meeting);
            }
        }
        return Optional.empty();
    }

    private static boolean hasTitle(JsonNode items, String title) {
        for (JsonNode item : items) {
            if (title.equals(item.path("title").asText())) {
                return true;
            }
        }
        return false;
    }

    private ObjectNode meetingRequest(JsonNode data, Function<String, String> idOf) {
        OffsetDateTime starts = meetingStart(LocalDate.now(clock.withZone(DemoMembership.HELSINKI)), data.path("weeksAhead").asInt(3),
                LocalTime.parse(data.path("startsAt").asText("09:00")));
        ObjectNode body = mapper.createObjectNode().put("title", data.path("title").asText())
                .put("startsAt", starts.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("endsAt", starts.plusMinutes(data.path("durationMinutes").asInt(120)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .put("place", data.path("place").asText());
        body.putObject("chair").put("organisationId", idOf.apply(data.path("chair").asText()));
        body.set("themes", data.path("themes").deepCopy());
        return body;
    }

    /** The first weekday {@code weeksAhead} weeks after {@code today} (or later), at {@code time} in Helsinki. */
    static OffsetDateTime meetingStart(LocalDate today, int weeksAhead, LocalTime time) {
        LocalDate day = today.plusWeeks(weeksAhead);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(time).atZone(DemoMembership.HELSINKI).toOffsetDateTime();
    }
}
