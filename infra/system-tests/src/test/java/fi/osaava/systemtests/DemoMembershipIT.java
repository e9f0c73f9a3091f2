package fi.osaava.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.osaava.localstack.Service;
import fi.osaava.localstack.demo.DemoIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo ecosystems as membership-service holds them once the demo data is loaded: Pohjois-Savo and
 * Pirkanmaa with every organisation in its ring, the confirmed passive member (who is alerted like a small
 * producer), Pohjois-Savo's annual clock and its upcoming meeting. Shares the running system with the other
 * system tests ({@link RunningSystem}).
 */
@ExtendWith(RunningSystem.Resolver.class)
class DemoMembershipIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final Duration ALERT_DEADLINE = Duration.ofSeconds(60);
    static final List<String> POHJOIS_SAVO_CORE = List.of("Pohjois-Savon hyvinvointialue", "Savonia-ammattikorkeakoulu",
            "Savon ammattiopisto", "Itä-Suomen yliopisto");

    static RunningSystem system;
    static StackClient client;
    static DemoIds ids;
    static JsonNode data;

    @BeforeAll
    static void theWholeSystemIsRunning(RunningSystem running) {
        system = running;
        client = running.client();
        ids = running.ids();
        data = JSON.readTree(running.demo().json().toString());
    }

    @Test
    void bothDemoEcosystemsAreListedWithTheirCoordinators() {
        Map<String, JsonNode> ecosystems = new HashMap<>();
        client.anonymous(Service.MEMBERSHIP, "/api/ecosystems").forEach(e -> ecosystems.put(e.get("id").asString(), e));

        assertThat(ecosystems).containsKeys("pohjois-savo", "pirkanmaa");
        assertThat(ecosystems.get("pohjois-savo").get("name").asString()).startsWith("Osaamisen sydän");
        assertThat(ecosystems.get("pohjois-savo").get("coordinatorOrganisationId").asString())
                .isEqualTo(ids.organisationId("Pohjois-Savon hyvinvointialue").orElseThrow());
        assertThat(ecosystems.get("pirkanmaa").get("coordinatorOrganisationId").asString())
                .isEqualTo(ids.organisationId("Pirkanmaan hyvinvointialue").orElseThrow());
        assertThat(texts(ecosystems.get("pirkanmaa").get("regions"))).containsExactly("06");
    }

    @Test
    void pohjoisSavosDirectoryShowsTheSeedsCoreActorsInTheCoreRingToAnyoneWithoutContactData() {
        JsonNode core = client.anonymous(Service.MEMBERSHIP, "/api/directory?ecosystem=pohjois-savo&ring=CORE&size=100");

        List<String> names = new ArrayList<>();
        core.forEach(entry -> {
            names.add(entry.get("name").asString());
            assertThat(entry.has("contactEmail")).as(entry.get("name").asString()).isFalse();
            assertThat(entry.has("businessId")).isFalse();
            assertThat(entry.has("contactPersons")).isFalse();
            assertThat(entry.get("ecosystems").toString()).contains("\"ring\":\"CORE\"");
        });
        assertThat(names).containsExactlyInAnyOrderElementsOf(POHJOIS_SAVO_CORE);
        List<String> outer = new ArrayList<>();
        client.anonymous(Service.MEMBERSHIP, "/api/directory?ecosystem=pohjois-savo&ring=OUTER&size=100")
                .forEach(entry -> outer.add(entry.get("name").asString()));
        assertThat(outer).contains("Kuopio Health");
        List<String> pirkanmaa = new ArrayList<>();
        client.anonymous(Service.MEMBERSHIP, "/api/directory?ecosystem=pirkanmaa&ring=CORE&size=100")
                .forEach(entry -> pirkanmaa.add(entry.get("name").asString()));
        assertThat(pirkanmaa).contains("Tampereen yliopisto", "Tampereen ammattikorkeakoulu", "Tampereen aikuiskoulutuskeskus",
                "Tampereen seudun ammattiopisto", "Sastamalan koulutuskuntayhtymä").doesNotContain("Savonia-ammattikorkeakoulu");
    }

    @Test
    void theDemoPassiveMemberConfirmedAndIsActive() {
        JsonNode member = data.get("passiveMembers").get(0);
        String email = member.get("email").asString();

        JsonNode members = client.get(Service.MEMBERSHIP, "/api/ecosystems/pohjois-savo/passive-members");

        List<JsonNode> active = new ArrayList<>();
        members.forEach(m -> {
            if (email.equals(m.path("email").asString(null))) {
                active.add(m);
            }
        });
        assertThat(active).singleElement().satisfies(m -> {
            assertThat(m.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(m.get("organisationName").asString()).isEqualTo(member.get("organisationName").asString());
            assertThat(texts(m.get("competenceAreas"))).isEqualTo(texts(member.get("competenceAreas")));
        });
        // the confirmation came by mail, as it would to anyone
        assertThat(client.mailsTo(email)).isNotEmpty();
    }

    @Test
    void theAnnualClockHasEveryDemoEntryInTheCurrentYearAndTheMeetingsYear() {
        Set<String> titles = new HashSet<>();
        data.get("annualClock").get("entries").forEach(e -> titles.add(e.get("title").get("fi").asString()));
        Set<Integer> years = new HashSet<>(List.of(LocalDate.now(HELSINKI).getYear(), meeting().startsAt().getYear()));

        for (int year : years) {
            JsonNode clock = client.anonymous(Service.MEMBERSHIP, "/api/ecosystems/pohjois-savo/annual-clock?year=" + year);
            List<String> listed = new ArrayList<>();
            clock.get("occurrences").forEach(o -> {
                listed.add(o.get("title").get("fi").asString());
                assertThat(ids.organisations().values()).contains(o.get("responsibleOrganisationId").asString());
                assertThat(o.get("startsOn").asString()).startsWith(String.valueOf(year));
            });
            assertThat(listed).as("the annual clock of " + year).containsAll(titles);
        }
    }

    @Test
    void theUpcomingMeetingIsListedWithThemesItsAgendaAndSavoniasProposal() {
        Meeting meeting = meeting();
        JsonNode expected = data.get("meeting");

        assertThat(meeting.startsAt()).isAfter(OffsetDateTime.now().plusDays(14));
        assertThat(meeting.startsAt().atZoneSameInstant(HELSINKI).getHour()).isEqualTo(9);
        assertThat(meeting.startsAt().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(meeting.json().get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(texts(meeting.json().get("themes"))).isEqualTo(texts(expected.get("themes")));
        List<String> agenda = new ArrayList<>();
        meeting.json().get("agenda").forEach(item -> agenda.add(item.get("title").asString()));
        List<String> expectedAgenda = new ArrayList<>();
        expected.get("agendaItems").forEach(item -> expectedAgenda.add(item.get("title").asString()));
        assertThat(agenda).containsAll(expectedAgenda);
        // the coordinator sees every proposal
        assertThat(meeting.json().get("proposals")).anySatisfy(proposal -> {
            assertThat(proposal.get("organisationId").asString())
                    .isEqualTo(ids.organisationId("Savonia-ammattikorkeakoulu").orElseThrow());
            assertThat(proposal.get("title").asString()).isEqualTo(expected.get("proposals").get(0).get("title").asString());
        });
    }

    @Test
    void aNeedInThePassiveMembersRegionAndInterestAlertsThePassiveMember() {
        JsonNode member = data.get("passiveMembers").get(0);
        String email = member.get("email").asString();
        // notification-service learns passive members from membership's events
        await().atMost(ALERT_DEADLINE).until(() -> {
            boolean[] known = {false};
            client.get(Service.NOTIFICATION, "/api/recipients?size=1000").forEach(r ->
                    known[0] |= "PASSIVE_MEMBER".equals(r.path("type").asString(null)));
            return known[0];
        });
        String title = "Infektioiden torjunta kotihoidossa " + UUID.randomUUID().toString().substring(0, 8);
        String body = JSON.createObjectNode().put("region", "11").put("targetGroup", "STAFF").put("title", title)
                .put("description", "Järjestelmätesti: passiivinen jäsen kuulee tästä.").put("estimatedLearners", 10)
                .put("horizon", "WITHIN_A_YEAR").set("competenceAreas", JSON.createArrayNode()
                        .add(member.get("competenceAreas").get(0).asString())).toString();
        String reporter = "Pohjois-Savon hyvinvointialue";

        client.post(Service.NEEDS, "/api/needs?publish=true", body,
                system.stack().tokenFor(ids.clientCredentials(reporter).orElseThrow()));

        await().atMost(ALERT_DEADLINE).untilAsserted(() -> {
            List<String> subjects = new ArrayList<>();
            client.mailsTo(email).forEach(mail -> subjects.add(mail.get("subject").asString()));
            assertThat(subjects).anyMatch(subject -> subject.contains(title));
        });
    }

    record Meeting(JsonNode json, OffsetDateTime startsAt) {
    }

    /** The demo meeting still ahead, as the coordinator sees it. */
    private static Meeting meeting() {
        String title = data.get("meeting").get("title").asString();
        for (JsonNode meeting : client.get(Service.MEMBERSHIP, "/api/ecosystems/pohjois-savo/meetings")) {
            OffsetDateTime starts = OffsetDateTime.parse(meeting.get("startsAt").asString());
            if (title.equals(meeting.get("title").asString()) && starts.isAfter(OffsetDateTime.now())) {
                return new Meeting(meeting, starts);
            }
        }
        throw new AssertionError("no upcoming meeting titled " + title);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
