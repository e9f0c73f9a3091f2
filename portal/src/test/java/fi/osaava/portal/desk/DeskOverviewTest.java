package fi.osaava.portal.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.portal.FakeService;
import fi.osaava.portal.SignedIn;

/** The desk's live overview over needs- and notification-service answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskOverviewTest {

    static final FakeService needs = new FakeService();
    static final FakeService notification = new FakeService();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.needs", () -> needs.url().toString());
        properties.add("osaava.portal.notification", () -> notification.url().toString());
    }

    @AfterAll
    static void stop() {
        needs.close();
        notification.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        Instant now = Instant.now();
        needs.reset();
        notification.reset();
        needs.json("/api/needs", "[" + need("need-new", "Lääkehoidon osaaminen", now, now, 30) + ","
                        + need("need-draft-published", "Kotihoidon ergonomia", now.minus(20, ChronoUnit.DAYS),
                                now.minusSeconds(60), 12) + ","
                        + need("need-old", "Viime kuun tarve", now.minus(9, ChronoUnit.DAYS),
                                now.minus(9, ChronoUnit.DAYS), 8) + "]")
                .json("/api/needs/gaps", "[]", java.util.Map.of("X-Total-Count", "2", "X-Total-Learners", "42"));
        notification.json("/api/deliveries/counts", """
                {"day": "2026-12-06", "sent": 17, "failed": 2, "waiting": 3, "dead": 1}""");
    }

    static String need(String id, String title, Instant createdAt, Instant publishedAt, int learners) {
        return """
                {"id": "%s", "title": "%s", "status": "PUBLISHED", "region": "11", "competenceAreas": ["medication-safety"],
                 "totalDemand": %d, "estimatedLearners": %d, "createdAt": "%s", "publishedAt": "%s"}"""
                .formatted(id, title, learners, learners, createdAt, publishedAt);
    }

    @Test
    void theOverviewShowsEachFigureFromOneCallToItsService() throws Exception {
        String page = mvc.perform(get("/desk").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Koordinaattorin työpöytä</h1>", "id=\"overview\"",
                "hx-get=\"/desk/overview\"", "hx-trigger=\"every 15s\"", "hx-swap=\"outerHTML\"", "Tilanne nyt",
                "<p id=\"overview-changes\" class=\"visually-hidden\" role=\"status\" aria-live=\"polite\"></p>",
                "hx-vals=\"{&quot;was.new-needs&quot;: 2, &quot;was.uncovered-learners&quot;: 42, "
                        + "&quot;was.alerts-sent-today&quot;: 17, &quot;was.alerts-failed-today&quot;: 2, "
                        + "&quot;was.deliveries-waiting&quot;: 3, &quot;was.deliveries-dead&quot;: 1}\"");
        assertThat(figure(page, "new-needs")).isEqualTo("2");
        assertThat(figure(page, "uncovered-learners")).isEqualTo("42");
        assertThat(figure(page, "alerts-sent-today")).isEqualTo("17");
        assertThat(figure(page, "alerts-failed-today")).isEqualTo("2");
        assertThat(figure(page, "deliveries-waiting")).isEqualTo("3");
        assertThat(figure(page, "deliveries-dead")).isEqualTo("1");
        assertThat(page).contains("2 tarpeessa", "href=\"/desk/reach/need-new\"", "data-id=\"need-draft-published\"",
                        "Kotihoidon ergonomia", "30 oppijaa")
                .doesNotContain("/desk/reach/need-old", "tai enemmän", "ei saatavilla");
        assertThat(page.indexOf("need-new")).as("newest first").isLessThan(page.indexOf("need-draft-published"));

        assertThat(needs.calls()).hasSize(2);
        FakeService.Call list = needs.callsTo("/api/needs").get(0);
        assertThat(list.uri().getQuery()).contains("size=200", "status=PUBLISHED,ANSWERED,COVERED,CLOSED");
        assertThat(list.authorization()).isEqualTo("Bearer access-token");
        assertThat(needs.callsTo("/api/needs/gaps")).singleElement()
                .satisfies(gaps -> assertThat(gaps.uri().getQuery()).as("no rows, only the totals").isEqualTo("limit=0"));
        FakeService.Call counts = notification.callsTo("/api/deliveries/counts").get(0);
        assertThat(counts.uri().getQuery()).isNull();
        assertThat(counts.authorization()).isEqualTo("Bearer access-token");
        assertThat(notification.calls()).hasSize(1);
    }

    @Test
    void theFragmentEndpointAnswersOnlyTheFiguresBlock() throws Exception {
        String block = mvc.perform(get("/desk/overview").with(SignedIn.coordinator()).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(block.strip()).startsWith("<section id=\"overview\"").endsWith("</section>");
        assertThat(block).doesNotContain("<html", "<h1", "desk-nav", "overview-changes");
        assertThat(figure(block, "uncovered-learners")).isEqualTo("42");
        assertThat(figure(block, "alerts-sent-today")).isEqualTo("17");
    }

    @Test
    void theRefreshSaysWhichFiguresChangedSinceThePageShowedThem() throws Exception {
        String block = mvc.perform(get("/desk/overview").with(SignedIn.coordinator()).header("HX-Request", "true")
                        .param("was.new-needs", "1").param("was.uncovered-learners", "42")
                        .param("was.alerts-sent-today", "15").param("was.deliveries-dead", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(block).contains("<p id=\"overview-changes\" hx-swap-oob=\"innerHTML\">"
                + "Muuttunut: Uudet tarpeet tällä viikolla 1 → 2; Hälytyksiä lähetetty tänään 15 → 17.</p>");
        assertThat(block.strip()).startsWith("<section id=\"overview\"");
    }

    @Test
    void aServiceDownLeavesOnlyItsOwnFiguresNotAvailable() throws Exception {
        notification.answer("/api/deliveries/counts", 503, "text/plain", "down");
        needs.answer("/api/needs/gaps", 500, "text/plain", "down");

        String page = mvc.perform(get("/desk").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(figure(page, "new-needs")).isEqualTo("2");
        for (String figure : new String[] {"uncovered-learners", "alerts-sent-today", "alerts-failed-today",
                "deliveries-waiting", "deliveries-dead"}) {
            assertThat(page).as(figure).containsPattern(
                    "class=\"not-available\" data-count=\"" + figure + "\">ei saatavilla juuri nyt<");
            assertThat(figure(page, figure)).as(figure).isNull();
        }
    }

    @Test
    void aServiceThatDoesNotAnswerAtAllDoesNotFailTheFragment() throws Exception {
        notification.answer("/api/deliveries/counts", 404, "application/problem+json", "{\"status\":404}");
        needs.answer("/api/needs", 503, "text/plain", "down");

        String block = mvc.perform(get("/desk/overview").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(figure(block, "new-needs")).isNull();
        assertThat(figure(block, "uncovered-learners")).isEqualTo("42");
        assertThat(figure(block, "deliveries-dead")).isNull();
        assertThat(block).doesNotContain("newest-needs");
    }

    @Test
    void aFullPageOfThisWeeksNeedsIsCountedAsAtLeast() throws Exception {
        Instant now = Instant.now();
        needs.json("/api/needs", IntStream.range(0, OverviewCounts.NEEDS_PAGE)
                .mapToObj(i -> need("need-" + i, "Tarve " + i, now.minusSeconds(i), now.minusSeconds(i), 1))
                .collect(Collectors.joining(",", "[", "]")));

        String page = mvc.perform(get("/desk").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(figure(page, "new-needs")).isEqualTo("200");
        assertThat(page).contains("tai enemmän", "data-id=\"need-4\"").doesNotContain("data-id=\"need-5\"");
    }

    @Test
    void theOverviewInSwedish() throws Exception {
        String page = mvc.perform(get("/desk").with(SignedIn.coordinator()).param("lang", "sv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Läget nu", "Nya behov den här veckan", "Aviseringar skickade i dag",
                "i 2 behov som ingen utbildning ännu täcker", "30 deltagare", "Uppdaterat kl.");
        assertThat(figure(page, "deliveries-waiting")).isEqualTo("3");
    }

    /** The digits of {@code <span class="figure" data-count="name">}, or null when there is none. */
    static String figure(String page, String name) {
        java.util.regex.Matcher figure = java.util.regex.Pattern
                .compile("<span class=\"figure\" data-count=\"" + name + "\">([^<]*)</span>").matcher(page);
        return figure.find() ? figure.group(1) : null;
    }
}
