package fi.osaava.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fi.osaava.localstack.Service;
import fi.osaava.localstack.demo.DemoIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo needs as needs-service holds them once the demo data is loaded: their regional demand, the gap
 * list the coordinator plans with, and the needs the demo offerings cover (coverage follows the catalogue's
 * offering events, so it is awaited). The figures are worked out by hand from {@code demo-data.json}.
 */
@ExtendWith(RunningSystem.Resolver.class)
class DemoNeedsIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration COVERAGE_DEADLINE = Duration.ofSeconds(60);

    static final String DOCUMENTATION = "Rakenteisen kirjaamisen osaaminen";
    static final String MEMORY = "Muistisairaan asiakkaan hoito kotihoidossa";
    static final String THREATS = "Uhkaavien tilanteiden ennaltaehkäisy kotikäynneillä";
    static final String REHABILITATION = "Kuntouttava työote ympärivuorokautisessa hoivassa";
    static final String KNOWLEDGE = "Tiedolla johtaminen ja vaikuttavuuden arviointi";
    static final String PALLIATIVE = "Palliatiivinen hoito ja saattohoito ympärivuorokautisessa hoidossa";
    static final String SUBSTANCE = "Päihde- ja mielenterveystyön osaaminen sote-keskuksissa";
    static final String CHANGE = "Esihenkilöiden muutosjohtamisen valmennus";
    static final String EXPERTS = "Kokemusasiantuntijat palvelujen kehittämisessä";

    /** Total demand = the reporter's estimated learners + every endorser's head count. */
    static final Map<String, Integer> TOTAL_DEMAND = Map.of(
            DOCUMENTATION, 340,  // 300 Pohjois-Savon hva + 25 Kotihoito Kallavesi + 15 Hoivapalvelu Puijo
            MEMORY, 270,         // 220 Pohjois-Savon hva + 30 Kotihoito Kallavesi + 20 Hoivapalvelu Puijo
            THREATS, 215,        // 40 Kotihoito Kallavesi + 160 Pohjois-Savon hva + 15 Hoivapalvelu Puijo
            REHABILITATION, 45,  // 35 Hoivapalvelu Puijo + 10 Kotihoito Kallavesi
            KNOWLEDGE, 60,       // 60 Pohjois-Savon hva, no endorsements
            PALLIATIVE, 425,     // 400 Pohjois-Savon hva + 25 Hoivapalvelu Puijo
            SUBSTANCE, 192,      // 180 Pirkanmaan hva + 12 Hoivakoti Näsinranta
            CHANGE, 84,          // 80 Pirkanmaan hva + 4 Hoivakoti Näsinranta
            EXPERTS, 90);        // 90 Pirkanmaan hva, no endorsements

    /**
     * The demo needs no demo offering covers, as the gap list orders them: priority (HIGH first, none
     * last), then total demand (largest first).
     * <ul>
     * <li>HIGH: MEMORY 270 > THREATS 215 > SUBSTANCE 192 (MEMORY is ANSWERED with a plan: still a gap);</li>
     * <li>MEDIUM: KNOWLEDGE 60 (the UEF course for supervisors in 11 starts 2027-02-04, before its
     * earliest start 2027-08-01);</li>
     * <li>LOW: PALLIATIVE 425 (the only gerontological-care offering is on site in 06);</li>
     * <li>none: EXPERTS 90 (service-design is offered only to supervisors in 11).</li>
     * </ul>
     */
    static final List<String> GAPS_IN_ORDER = List.of(MEMORY, THREATS, SUBSTANCE, KNOWLEDGE, PALLIATIVE, EXPERTS);

    /**
     * The demo needs a demo offering covers, with the offering (same target group; the need's region or
     * online; a start inside the desired timing; a broader area of the vocabulary):
     * <ul>
     * <li>DOCUMENTATION (STAFF, 11, structured-documentation + kanta-services, start by 2027-03-31): TAKK's
     * ONLINE course (documentation + client-information-systems, starts 2026-12-01);</li>
     * <li>REHABILITATION (STAFF, 11, rehabilitative-approach, start 2027-01-01…06-30): Savon ammattiopisto's
     * course in Kuopio (rehabilitation, starts 2027-02-15);</li>
     * <li>CHANGE (SUPERVISORS, 06, change-management): Tampereen yliopisto's coaching (leadership-change-management,
     * in Tampere, starts 2027-01-20).</li>
     * </ul>
     */
    static final Map<String, String> COVERED_BY = Map.of(
            DOCUMENTATION, "Rakenteisen kirjaamisen verkkokurssi",
            REHABILITATION, "Kuntoutumista edistävä hoitotyö",
            CHANGE, "Muutosvalmennus esihenkilöille");

    static RunningSystem system;
    static StackClient client;
    static DemoIds ids;

    @BeforeAll
    static void theWholeSystemIsRunning(RunningSystem running) {
        system = running;
        client = running.client();
        ids = running.ids();
    }

    @Test
    void everyDemoNeedIsPublishedWithItsReporterAndEndorsersDemand() {
        assertThat(ids.needs()).containsOnlyKeys(TOTAL_DEMAND.keySet());
        JsonNode data = JSON.readTree(system.demo().json().toString());
        for (JsonNode need : data.get("needs")) {
            String title = need.get("title").asString();
            int demand = need.get("estimatedLearners").asInt();
            for (JsonNode endorsement : need.path("endorsements")) {
                demand += endorsement.get("learners").asInt();
            }
            assertThat(demand).as("the data and the hand-computed figure of " + title).isEqualTo(TOTAL_DEMAND.get(title));
        }
        TOTAL_DEMAND.forEach((title, demand) -> {
            JsonNode need = need(title);
            assertThat(need.get("totalDemand").asInt()).as(title).isEqualTo(demand);
            assertThat(need.get("status").asString()).as(title).isIn("PUBLISHED", "ANSWERED", "COVERED");
        });
        JsonNode memory = need(MEMORY);
        assertThat(memory.get("priority").asString()).isEqualTo("HIGH");
        assertThat(memory.get("priorityHistory")).hasSize(1);
        assertThat(memory.get("answers")).singleElement().satisfies(answer -> {
            assertThat(answer.get("kind").asString()).isEqualTo("PLAN");
            assertThat(answer.get("organisationId").asString())
                    .isEqualTo(ids.organisationId("Savonia-ammattikorkeakoulu").orElseThrow());
            assertThat(answer.get("expectedStart").asString()).isEqualTo("2027-03-01");
        });
    }

    @Test
    void theGapListHasTheUncoveredDemoNeedsByPriorityThenTotalDemand() {
        List<String> expected = GAPS_IN_ORDER.stream().map(title -> ids.needs().get(title)).toList();
        // other system tests add needs of their own: only the demo needs' order is asserted
        await().atMost(COVERAGE_DEADLINE).untilAsserted(() ->
                assertThat(demoNeedIds(client.get(Service.NEEDS, "/api/needs/gaps"))).containsExactlyElementsOf(expected));
        assertThat(need(MEMORY).get("status").asString()).isEqualTo("ANSWERED");
        GAPS_IN_ORDER.stream().filter(title -> !title.equals(MEMORY))
                .forEach(title -> assertThat(need(title).get("status").asString()).as(title).isEqualTo("PUBLISHED"));
    }

    @Test
    void theDemoNeedsAnOfferingCoversAreCoveredByThatOffering() {
        COVERED_BY.forEach((title, offering) -> {
            String needId = ids.needs().get(title);
            await().atMost(COVERAGE_DEADLINE).untilAsserted(() ->
                    assertThat(need(title).get("status").asString()).as(title).isEqualTo("COVERED"));
            JsonNode coverage = client.get(Service.NEEDS, "/api/needs/" + needId + "/coverage");
            assertThat(coverage.get("uncoveredAreas")).as(title).isEmpty();
            assertThat(coverage.get("coveringOfferings")).as(title).singleElement().satisfies(covering -> {
                assertThat(covering.get("offeringId").asString()).isEqualTo(ids.offerings().get(offering));
                assertThat(texts(covering.get("coveredAreas"))).isEqualTo(texts(need(title).get("competenceAreas")));
            });
        });
    }

    @Test
    void endorsingADemoNeedAgainWithTheSameHeadCountLeavesItsDemandAsItWas() {
        String organisation = "Kotihoito Kallavesi Oy (demo)";
        String token = system.stack().tokenFor(ids.clientCredentials(organisation).orElseThrow());
        String organisationId = ids.organisationId(organisation).orElseThrow();
        JsonNode before = need(MEMORY);
        JsonNode endorsement = null;
        for (JsonNode e : before.get("endorsements")) {
            if (organisationId.equals(e.get("organisationId").asString())) {
                endorsement = e;
            }
        }
        assertThat(endorsement).as("the demo endorsement of " + organisation).isNotNull();
        String body = JSON.createObjectNode().put("learners", endorsement.get("learners").asInt())
                .put("comment", endorsement.get("comment").asString()).toString();

        JsonNode again = client.put(Service.NEEDS, "/api/needs/" + ids.needs().get(MEMORY) + "/endorsements/mine", body, token);

        assertThat(again.get("totalDemand").asInt()).isEqualTo(TOTAL_DEMAND.get(MEMORY));
        assertThat(again.get("endorsements")).hasSize(2);
        assertThat(need(MEMORY).get("totalDemand").asInt()).isEqualTo(TOTAL_DEMAND.get(MEMORY));
    }

    /**
     * Pirkanmaa's (06) demand, worked out by hand from the three demo needs there (the other system tests
     * add needs only in Pohjois-Savo, 11). All three are open, so all count:
     * <pre>
     * SUBSTANCE  substance-abuse-work + psychosocial-support  WITHIN_A_YEAR        180 + 12 = 192
     * CHANGE     change-management                            ONE_TO_THREE_YEARS    80 +  4 =  84
     * EXPERTS    experts-by-experience + client-participation THREE_TO_FIVE_YEARS  90        =  90
     * </pre>
     * Per concept a need counts in each of its areas (5 rows, the most learners first, then by code); at the top level its areas roll up to
     * mental-health-substance-abuse, leadership-change-management and service-design (both of EXPERTS'
     * areas are under service-design, so it counts there once: 3 rows). Totals count each need once:
     * 3 needs, 192 + 84 + 90 = 366 learners.
     */
    @Test
    void pirkanmaasForesightMatchesTheFiguresWorkedOutByHand() {
        JsonNode concept = client.get(Service.NEEDS, "/api/foresight/demand?region=06");
        assertThat(rows(concept)).containsExactly(
                "psychosocial-support|WITHIN_A_YEAR|06|1|192",
                "substance-abuse-work|WITHIN_A_YEAR|06|1|192",
                "client-participation|THREE_TO_FIVE_YEARS|06|1|90",
                "experts-by-experience|THREE_TO_FIVE_YEARS|06|1|90",
                "change-management|ONE_TO_THREE_YEARS|06|1|84");
        assertThat(concept.get("totals").get("needs").asInt()).isEqualTo(3);
        assertThat(concept.get("totals").get("learners").asInt()).isEqualTo(366);

        JsonNode top = client.get(Service.NEEDS, "/api/foresight/demand?region=06&level=top");
        assertThat(rows(top)).containsExactly(
                "mental-health-substance-abuse|WITHIN_A_YEAR|06|1|192",
                "service-design|THREE_TO_FIVE_YEARS|06|1|90",
                "leadership-change-management|ONE_TO_THREE_YEARS|06|1|84");
        assertThat(top.get("totals").get("learners").asInt()).isEqualTo(366);

        // the trend (default: the last 8 quarters) holds the same three needs, all published at the stack's start
        JsonNode trend = client.get(Service.NEEDS, "/api/foresight/trend?region=06");
        int published = 0;
        int learners = 0;
        for (JsonNode quarter : trend.get("totals")) {
            published += quarter.get("needsPublished").asInt();
            learners += quarter.get("learners").asInt();
        }
        assertThat(published).isEqualTo(3);
        assertThat(learners).isEqualTo(366);

        String csv = client.text(Service.NEEDS, "/api/foresight/demand.csv?region=06&level=top&delimiter=semicolon");
        assertThat(csv).startsWith("\uFEFF").contains("\r\n")
                .contains("\r\nmental-health-substance-abuse;", "\r\nservice-design;", "\r\nleadership-change-management;");
        assertThat(csv.strip().split("\r\n")).as("a header and three rows").hasSize(4);
    }

    private static List<String> rows(JsonNode report) {
        List<String> rows = new ArrayList<>();
        report.get("rows").forEach(row -> rows.add(String.join("|", row.get("competenceArea").asString(),
                row.get("horizon").asString(), row.get("region").asString(), row.get("needs").asString(),
                row.get("learners").asString())));
        return rows;
    }

    private static JsonNode need(String title) {
        return client.get(Service.NEEDS, "/api/needs/" + ids.needs().get(title));
    }

    private static List<String> demoNeedIds(JsonNode needs) {
        List<String> found = new ArrayList<>();
        needs.forEach(need -> {
            if (ids.needs().containsValue(need.get("id").asString())) {
                found.add(need.get("id").asString());
            }
        });
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
