package fi.osaava.localstack.demo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo ecosystems and what goes on in them: the organisations registered into their ecosystems (each
 * ecosystem founded by the platform coordinator right after its coordinator organisation is registered),
 * the passive members (joined, their confirmation mail read from the mail sink, confirmed: double opt-in),
 * Pohjois-Savo's annual clock and one upcoming meeting with its agenda and a core actor's proposal.
 * Everything is looked up before it is posted, so a later start adds only what is missing and leaves what
 * people did since alone: an ecosystem is found by its id, a participation in the organisation's record, a
 * passive member by its (active) address, an annual-clock entry by its Finnish title (retired ones too), the
 * meeting by its title among the meetings still ahead.
 */
final class DemoMembership {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern CONFIRM_LINK = Pattern.compile("/api/passive-members/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final Set<String> OPEN_MEETING = Set.of("SCHEDULED", "AGENDA_PUBLISHED");
    private static final int CONFLICT = 409;

    private static final Logger log = LoggerFactory.getLogger(DemoMembership.class);

    private final JsonNode root;
    private final JsonHttp http;
    private final ObjectMapper mapper;
    private final URI membership;
    private final URI mailApi;
    private final Function<String, String> tokenOf;
    private final Supplier<String> coordinatorToken;
    private final Clock clock;

    /**
     * @param root     the whole data set
     * @param tokenOf  a token of an organisation's system client, by its name
     */
    DemoMembership(JsonNode root, JsonHttp http, ObjectMapper mapper, URI membership, URI mailApi,
                   Function<String, String> tokenOf, Supplier<String> coordinatorToken, Clock clock) {
        this.root = root;
        this.http = http;
        this.mapper = mapper;
        this.membership = membership;
        this.mailApi = mailApi;
        this.tokenOf = tokenOf;
        this.coordinatorToken = coordinatorToken;
        this.clock = clock;
    }

    // ---- organisations and ecosystems

    /**
     * Registers every demo organisation as the coordinator, {@code registered(ref, id)} after each: first the
     * ecosystems' coordinator organisations, each ecosystem founded right after its coordinator; then the
     * others straight into the ecosystem of their first participation, active there in its ring. Further
     * participations are applied for and approved.
     */
    void register(BiConsumer<String, String> registered) {
        Map<String, String> ids = new HashMap<>();
        Map<String, String> coordinated = new HashMap<>(); // coordinator ref → ecosystem id
        root.path("ecosystems").forEach(e -> coordinated.put(e.path("coordinator").asText(), e.path("id").asText()));
        URI url = membership.resolve("/api/organisations");
        for (JsonNode ecosystem : root.path("ecosystems")) {
            String ref = ecosystem.path("coordinator").asText();
            if (!ids.containsKey(ref)) {
                String id = DemoData.idOf(http.post(url, body(organisation(ref), null), coordinatorToken.get()), url);
                ids.put(ref, id);
                registered.accept(ref, id);
            }
            found(ecosystem, ids.get(ref));
        }
        for (JsonNode organisation : root.path("organisations")) {
            String ref = organisation.path("ref").asText();
            if (ids.containsKey(ref)) {
                continue;
            }
            String ecosystem = organisation.path("participations").path(0).path("ecosystem").asText(null);
            String id = DemoData.idOf(http.post(url, body(organisation, ecosystem), coordinatorToken.get()), url);
            ids.put(ref, id);
            registered.accept(ref, id);
        }
        for (JsonNode organisation : root.path("organisations")) {
            String ref = organisation.path("ref").asText();
            JsonNode participations = organisation.path("participations");
            for (int i = 0; i < participations.size(); i++) {
                String ecosystem = participations.get(i).path("ecosystem").asText();
                boolean inAlready = coordinated.containsKey(ref) ? ecosystem.equals(coordinated.get(ref)) : i == 0;
                if (!inAlready) {
                    join(organisation, ids.get(ref), participations.get(i), null);
                }
            }
        }
    }

    /**
     * A later start: founds the demo ecosystems membership-service lacks and brings the listed organisations
     * (the coordinator's {@code GET /api/organisations}) into the demo ecosystems they take no part in
     * (a data dir from before ecosystems existed): an application approved at once. A participation in any
     * state is left as it is, except an application still pending, which is approved.
     */
    void completeEcosystems(JsonNode listed) {
        Map<String, JsonNode> byName = new HashMap<>();
        listed.forEach(o -> byName.putIfAbsent(o.path("name").asText(), o));
        for (JsonNode ecosystem : root.path("ecosystems")) {
            String id = ecosystem.path("id").asText();
            if (http.tryGet(membership.resolve("/api/ecosystems/" + id), coordinatorToken.get()).isPresent()) {
                continue;
            }
            JsonNode coordinator = byName.get(organisation(ecosystem.path("coordinator").asText()).path("name").asText());
            if (coordinator == null) {
                log.warn("Demo ecosystem {} not founded: membership-service does not list its coordinator organisation", id);
                continue;
            }
            found(ecosystem, coordinator.path("id").asText());
        }
        Set<String> founded = new HashSet<>();
        root.path("ecosystems").forEach(e -> founded.add(e.path("id").asText()));
        for (JsonNode organisation : root.path("organisations")) {
            JsonNode current = byName.get(organisation.path("name").asText());
            if (current == null) {
                continue;
            }
            for (JsonNode participation : organisation.path("participations")) {
                String ecosystem = participation.path("ecosystem").asText();
                if (!founded.contains(ecosystem) || isCoordinatorOf(organisation, ecosystem)) {
                    continue;
                }
                join(organisation, current.path("id").asText(), participation, statusIn(current, ecosystem));
            }
        }
    }

    private boolean isCoordinatorOf(JsonNode organisation, String ecosystemId) {
        for (JsonNode ecosystem : root.path("ecosystems")) {
            if (ecosystem.path("id").asText().equals(ecosystemId)) {
                return ecosystem.path("coordinator").asText().equals(organisation.path("ref").asText());
            }
        }
        return false;
    }

    private static @Nullable String statusIn(JsonNode organisation, String ecosystemId) {
        for (JsonNode participation : organisation.path("participations")) {
            if (ecosystemId.equals(participation.path("ecosystemId").asText())) {
                return participation.path("status").asText();
            }
        }
        return null;
    }

    /** {@code POST /api/ecosystems} as the platform coordinator. */
    private void found(JsonNode ecosystem, String coordinatorOrganisationId) {
        URI url = membership.resolve("/api/ecosystems");
        ObjectNode body = mapper.createObjectNode().put("id", ecosystem.path("id").asText())
                .put("name", ecosystem.path("name").asText()).put("description", ecosystem.path("description").asText())
                .put("coordinatorOrganisationId", coordinatorOrganisationId);
        body.set("regions", ecosystem.path("regions").deepCopy());
        http.post(url, body, coordinatorToken.get());
    }

    /** Applies for the organisation (unless it already did) and approves it in the participation's ring. */
    private void join(JsonNode organisation, String organisationId, JsonNode participation, @Nullable String status) {
        String ecosystem = participation.path("ecosystem").asText();
        if (status != null && !"APPLIED".equals(status)) {
            return; // active, suspended, left or rejected: the coordinator's decision stands
        }
        if (status == null) {
            URI url = membership.resolve("/api/ecosystems/" + ecosystem + "/applications");
            int answered = http.status("POST", url, application(organisation, participation), coordinatorToken.get());
            if (answered != 202) {
                throw new DemoDataException("POST " + url + " answered " + answered + " (expected 202) for "
                        + organisation.path("name").asText());
            }
        }
        ObjectNode approval = mapper.createObjectNode().put("ring", participation.path("ring").asText());
        approval.set("roles", participation.path("roles").isArray() ? participation.path("roles").deepCopy()
                : mapper.createArrayNode());
        URI url = membership.resolve("/api/ecosystems/" + ecosystem + "/participations/" + organisationId + "/approve");
        if (http.postRepeatable(url, approval, coordinatorToken.get(), CONFLICT).isEmpty()) {
            log.warn("Demo participation of {} in {} not approved: 409", organisation.path("name").asText(), ecosystem);
        }
    }

    /** The public application of a registered organisation (matched by its business id; its record is not touched). */
    private ObjectNode application(JsonNode organisation, JsonNode participation) {
        ObjectNode body = mapper.createObjectNode();
        for (String field : List.of("name", "businessId", "type", "regions", "competenceAreasOffered",
                "competenceAreasOfInterest", "contactEmail")) {
            body.set(field, organisation.path(field).deepCopy());
        }
        body.putObject("contactPerson").put("name", "Demo-yhteyshenkilö").put("email", organisation.path("contactEmail").asText())
                .put("language", "fi").put("listed", false);
        body.put("requestedRing", participation.path("ring").asText())
                .put("motivation", "Demo data: " + organisation.path("name").asText() + " takes part in the ecosystem.");
        return body;
    }

    private static ObjectNode body(JsonNode organisation, @Nullable String ecosystemId) {
        ObjectNode body = organisation.deepCopy();
        body.remove(List.of("ref", "participations"));
        if (ecosystemId != null) {
            body.put("ecosystemId", ecosystemId);
        }
        return body;
    }

    private JsonNode organisation(String ref) {
        for (JsonNode organisation : root.path("organisations")) {
            if (organisation.path("ref").asText().equals(ref)) {
                return organisation;
            }
        }
        throw new IllegalStateException(DemoData.RESOURCE + " refers to an unknown organisation " + ref);
    }

    // ---- passive members

    /**
     * Every demo passive member that is not active yet joins (anonymously, as anyone may), and its confirmation
     * link is taken from the newest mail the mail sink holds for it and posted (double opt-in). A mail that
     * does not come (one mail a minute per address) or a link that is refused is a warning, not a failure.
     */
    void joinPassiveMembers() {
        for (JsonNode member : root.path("passiveMembers")) {
            String ecosystem = member.path("ecosystem").asText();
            String email = member.path("email").asText();
            URI members = membership.resolve("/api/ecosystems/" + ecosystem + "/passive-members");
            if (isActive(http.get(members, coordinatorToken.get()), email)) {
                continue;
            }
            int mailsBefore = mailsTo(email).size();
            ObjectNode body = member.deepCopy();
            body.remove(List.of("about", "ecosystem"));
            int joined = http.status("POST", members, body, null);
            if (joined != 202) {
                throw new DemoDataException("POST " + members + " answered " + joined + " (expected 202)");
            }
            Optional<String> token = awaitConfirmationToken(email, mailsBefore);
            if (token.isEmpty()) {
                log.warn("Demo passive member {} of {} left pending: no confirmation mail in {} s", email, ecosystem,
                        MAIL_WAIT.toSeconds());
                continue;
            }
            URI confirm = membership.resolve("/api/passive-members/confirm?token=" + token.get());
            int confirmed = http.status("POST", confirm, null, null);
            if (confirmed != 200) {
                log.warn("Demo passive member {} of {} left pending: the confirmation answered {}", email, ecosystem, confirmed);
            }
        }
    }

    private static boolean isActive(JsonNode members, String email) {
        for (JsonNode member : members) {
            if (email.equalsIgnoreCase(member.path("email").asText()) && "ACTIVE".equals(member.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> awaitConfirmationToken(String email, int mailsBefore) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (true) {
            JsonNode mails = mailsTo(email);
            if (mails.size() > mailsBefore || System.nanoTime() > deadline) {
                // the newest link: joining again while pending makes a new one
                for (int i = mails.size() - 1; i >= 0; i--) {
                    Optional<String> token = confirmationToken(mails.get(i).path("mimeMessage").asText());
                    if (token.isPresent()) {
                        return token;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return Optional.empty();
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoDataException("interrupted while waiting for the confirmation mail to " + email, e);
            }
        }
    }

    /** The mails the sink holds for an address (none before its first mail arrived). */
    private JsonNode mailsTo(String email) {
        URI url = mailApi.resolve("/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/");
        return http.getAnonymous(url).filter(JsonNode::isArray).orElseGet(mapper::createArrayNode);
    }

    /** The token of the confirmation link in a raw mail, its body quoted-printable, base64 or plain. */
    static Optional<String> confirmationToken(String mime) {
        int split = mime.indexOf("\r\n\r\n");
        int bodyStart = split >= 0 ? split + 4 : mime.indexOf("\n\n") + 2;
        String headers = bodyStart > 1 ? mime.substring(0, bodyStart).toLowerCase(Locale.ROOT) : "";
        String text;
        if (headers.contains("content-transfer-encoding: base64")) {
            try {
                text = new String(Base64.getMimeDecoder().decode(mime.substring(bodyStart).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        } else {
            text = mime.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        }
        Matcher matcher = CONFIRM_LINK.matcher(text);
        String token = null;
        while (matcher.find()) {
            token = matcher.group(1);
        }
        return Optional.ofNullable(token);
    }

    // ---- governance

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
            ObjectNode body = entry.deepCopy();
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
            ObjectNode body = proposal.deepCopy();
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
        OffsetDateTime starts = meetingStart(LocalDate.now(clock.withZone(HELSINKI)), data.path("weeksAhead").asInt(3),
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
        return day.atTime(time).atZone(HELSINKI).toOffsetDateTime();
    }
}
