package fi.osaava.portal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import fi.osaava.portal.MembershipFixtures;
import fi.osaava.portal.SignedIn;

/**
 * The annual clock over membership-service answering on real HTTP. The occurrences are made around the real
 * today: one entry running this whole month, one next month, one that came round last month (so its next time is a
 * year on).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClockPagesTest {

    static final FakeService membership = new FakeService();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    static final int THIS_MONTH = TODAY.getMonthValue();
    static final int NEXT_MONTH = THIS_MONTH % 12 + 1;
    static final int LAST_MONTH = (THIS_MONTH + 10) % 12 + 1;
    static final String CLOCK = "/api/ecosystems/pohjois-savo/annual-clock";

    static final String ENTRY = """
            {"entryId": "e-survey", "ecosystemId": "pohjois-savo",
             "title": {"fi": "Osaamistarvekysely", "sv": "Enkät om kompetensbehov", "en": null},
             "description": "Kootaan tarpeet.", "responsibleOrganisationId": "org-county",
             "recurrence": {"month": 1, "day": 15, "untilMonth": 2, "untilDay": 15}, "remindDaysBefore": 14,
             "status": "ACTIVE", "createdAt": "2026-01-10T08:00:00Z", "updatedAt": null}""";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.membership", () -> membership.url().toString());
    }

    @AfterAll
    static void stop() {
        membership.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        membership.reset();
        MembershipFixtures.serve(membership);
        for (int year = TODAY.getYear() - 1; year <= TODAY.getYear() + 1; year++) {
            membership.json(CLOCK + "?year=" + year, year(year));
        }
        membership.json(CLOCK + "/entries/e-survey", ENTRY)
                .answer(CLOCK + "/entries", 201, "application/json", ENTRY)
                .json(CLOCK + "/entries/e-survey/retire", ENTRY.replace("ACTIVE", "RETIRED"));
    }

    /** membership-service's year: the three entries' occurrences starting in it, in date order. */
    static String year(int year) {
        List<String> occurrences = new ArrayList<>();
        LocalDate whole = LocalDate.of(year, THIS_MONTH, 1);
        occurrences.add(occurrence("e-now", "Vuoden arviointi", "org-county", whole,
                whole.withDayOfMonth(whole.lengthOfMonth())));
        LocalDate next = LocalDate.of(year, NEXT_MONTH, 15);
        occurrences.add(occurrence("e-next", "Ennakointityöpaja", "org-savonia", next, next));
        LocalDate last = LocalDate.of(year, LAST_MONTH, 10);
        occurrences.add(occurrence("e-last", "Priorisointikokous", "org-unknown", last, last));
        return "{\"ecosystemId\": \"pohjois-savo\", \"year\": " + year + ", \"timeZone\": \"Europe/Helsinki\", "
                + "\"occurrences\": [" + String.join(",", occurrences) + "]}";
    }

    static String occurrence(String id, String title, String responsible, LocalDate from, LocalDate to) {
        return """
                {"entryId": "%s", "title": {"fi": "%s", "sv": null, "en": "%s (en)"}, "description": "",
                 "responsibleOrganisationId": "%s", "startsOn": "%s", "endsOn": "%s", "remindOn": "%s"}"""
                .formatted(id, title, title, responsible, from, to, from.minusDays(14));
    }

    @Test
    void theWheelAndTheListShowTheEntriesFromTodayWithThisMonthsEntryMarked() throws Exception {
        String page = mvc.perform(get("/desk/clock").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<svg id=\"clock-wheel\"", "role=\"img\"", "aria-describedby=\"clock-list\"",
                "<title id=\"clock-wheel-title\">", "id=\"clock-today\"", "<ol id=\"clock-list\">",
                "Vastuu: Pohjois-Savon hyvinvointialue", "Vastuu: Savonia-ammattikorkeakoulu", "Vastuu: org-unknown",
                ">joulu<", ">tammi<");
        assertThat(page).doesNotContain("style=");
        // the list in calendar order from today, the running one first and marked, with its month
        List<String> items = items(page);
        assertThat(items).containsExactly(
                "data-entry=\"e-now\" data-month=\"" + THIS_MONTH + "\" class=\"current\"",
                "data-entry=\"e-next\" data-month=\"" + NEXT_MONTH + "\"",
                "data-entry=\"e-last\" data-month=\"" + LAST_MONTH + "\"");
        assertThat(page).containsPattern("<g class=\"clock-arc current\" data-entry=\"e-now\">")
                .containsPattern("<g class=\"clock-arc\" data-entry=\"e-next\">")
                .contains("1. Vuoden arviointi: ", "Tässä kuussa");
        // the entry that came round last month comes round next year
        int lastYear = LAST_MONTH > THIS_MONTH ? TODAY.getYear() : TODAY.getYear() + 1;
        assertThat(page).contains("datetime=\"" + LocalDate.of(lastYear, LAST_MONTH, 10) + "\"");
    }

    @Test
    void thePageAsksMembershipAFewTimesWithThePersonsToken() throws Exception {
        mvc.perform(get("/desk/clock").with(SignedIn.coordinator())).andExpect(status().isOk());

        assertThat(membership.calls()).hasSizeLessThanOrEqualTo(5)
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer access-token"));
        assertThat(membership.calls().stream().map(call -> call.uri().toString()))
                .contains("/api/ecosystems", CLOCK + "?year=" + TODAY.getYear())
                .anySatisfy(uri -> assertThat(uri).startsWith("/api/directory?ecosystem=pohjois-savo&ring=CORE"));
    }

    @Test
    void anotherEcosystemIsChosenByItsIdAndAnUnknownOneIsNotFound() throws Exception {
        membership.json("/api/ecosystems/pirkanmaa/annual-clock", "{\"year\": 2026, \"occurrences\": []}");

        String page = mvc.perform(get("/desk/clock").param("ecosystem", "pirkanmaa").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"ecosystem-chooser\"", "<option value=\"pirkanmaa\" selected=\"selected\">",
                "Vuosikellossa ei ole merkintöjä.");
        assertThat(membership.callsTo("/api/ecosystems/pirkanmaa/annual-clock")).isNotEmpty();
        mvc.perform(get("/desk/clock").param("ecosystem", "nowhere").with(SignedIn.coordinator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theClockInSwedish() throws Exception {
        String page = mvc.perform(get("/desk/clock").param("lang", "sv").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Årshjul</h1>", "Ansvarig: Savonia-ammattikorkeakoulu", ">dec<", "Denna månad");
    }

    @Test
    void aMemberIsRefused() throws Exception {
        mvc.perform(get("/desk/clock").with(SignedIn.member()))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/forbidden"));
        mvc.perform(get("/desk/clock/new").with(SignedIn.member()))
                .andExpect(status().isForbidden());
        assertThat(membership.calls()).isEmpty();
    }

    @Test
    void aNewEntryGoesToMembershipAsItsEntryRequest() throws Exception {
        String form = mvc.perform(get("/desk/clock/new").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"titleFi\"", "id=\"responsibleOrganisationId\"", "id=\"month\"", "id=\"day\"",
                "id=\"untilMonth\"", "id=\"untilDay\"", "id=\"remindDaysBefore\"", "id=\"save-entry\"",
                "<option value=\"org-savonia\">Savonia-ammattikorkeakoulu</option>");

        mvc.perform(post("/desk/clock/new").with(SignedIn.coordinator()).with(csrf())
                        .param("titleFi", "Joulukuun katsaus").param("titleSv", "").param("description", "Vuoden lopuksi.")
                        .param("responsibleOrganisationId", "org-county").param("month", "12")
                        .param("remindDaysBefore", "7"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/desk/clock?ecosystem=pohjois-savo"));

        FakeService.Call sent = membership.callsTo(CLOCK + "/entries").get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.body()).contains("\"title\":{\"fi\":\"Joulukuun katsaus\",\"sv\":null,\"en\":null}",
                "\"responsibleOrganisationId\":\"org-county\"",
                "\"recurrence\":{\"month\":12,\"day\":null,\"untilMonth\":null,\"untilDay\":null}",
                "\"remindDaysBefore\":7");
    }

    @Test
    void aFormMissingItsTitleAndMonthIsShownAgainWithoutAskingMembership() throws Exception {
        String page = mvc.perform(post("/desk/clock/new").with(SignedIn.coordinator()).with(csrf())
                        .param("responsibleOrganisationId", "org-county").param("day", "40"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"titleFi-error\"", "id=\"month-error\"", "id=\"day-error\"",
                "Täytä tämä kenttä.");
        assertThat(membership.callsTo(CLOCK + "/entries")).isEmpty();
    }

    @Test
    void membershipsRefusalIsShownBesideTheFieldInThePersonsLanguage() throws Exception {
        membership.problem(CLOCK + "/entries", 400, """
                {"status": 400, "title": "Bad Request", "detail": "Invalid request content",
                 "errors": [{"field": "recurrence.day", "message": "must be between 1 and 30"},
                            {"field": "responsibleOrganisationId", "message": "names no member organisation"}]}""");

        String page = mvc.perform(post("/desk/clock/new").with(SignedIn.coordinator()).with(csrf())
                        .param("titleFi", "Kysely").param("responsibleOrganisationId", "org-county")
                        .param("month", "4").param("day", "31"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("id=\"day-error\" class=\"error\">Kuukaudessa ei ole tätä päivää.<")
                .contains("id=\"responsibleOrganisationId-error\"", "Jäsenpalvelu ei tunne tätä organisaatiota")
                .contains("value=\"Kysely\"");
    }

    @Test
    void anEntryIsChangedInItsFormAndRetired() throws Exception {
        String form = mvc.perform(get("/desk/clock/e-survey/edit").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"Osaamistarvekysely\"", "value=\"Enk&auml;t om kompetensbehov\"",
                "<option value=\"org-county\" selected=\"selected\">", "id=\"retire-entry\"",
                "action=\"/desk/clock/e-survey/edit?ecosystem=pohjois-savo\"");

        mvc.perform(post("/desk/clock/e-survey/edit").with(SignedIn.coordinator()).with(csrf())
                        .param("titleFi", "Osaamistarvekysely").param("responsibleOrganisationId", "org-savonia")
                        .param("month", "1").param("day", "15").param("untilMonth", "2").param("untilDay", "28")
                        .param("remindDaysBefore", "14"))
                .andExpect(status().is3xxRedirection());
        FakeService.Call changed = membership.callsTo(CLOCK + "/entries/e-survey").stream()
                .filter(call -> call.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(changed.body()).contains("\"responsibleOrganisationId\":\"org-savonia\"",
                "\"recurrence\":{\"month\":1,\"day\":15,\"untilMonth\":2,\"untilDay\":28}");

        mvc.perform(post("/desk/clock/e-survey/retire").with(SignedIn.coordinator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/desk/clock?ecosystem=pohjois-savo"));
        assertThat(membership.callsTo(CLOCK + "/entries/e-survey/retire")).singleElement()
                .satisfies(call -> assertThat(call.method()).isEqualTo("POST"));
    }

    @Test
    void aRetiredEntryCannotBeChangedAndTheRefusalIsSaidAboveTheForm() throws Exception {
        membership.once(CLOCK + "/entries/e-survey", 409, "application/problem+json",
                "{\"status\": 409, \"detail\": \"Annual-clock entry e-survey is retired\"}");

        String page = mvc.perform(post("/desk/clock/e-survey/edit").with(SignedIn.coordinator()).with(csrf())
                        .param("titleFi", "Kysely").param("responsibleOrganisationId", "org-county")
                        .param("month", "1"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Merkintä on poistettu käytöstä, eikä sitä voi enää muuttaa.");
    }

    @Test
    void anUnknownEntryIsNotFound() throws Exception {
        mvc.perform(get("/desk/clock/e-none/edit").with(SignedIn.coordinator())).andExpect(status().isNotFound());
    }

    private static List<String> items(String page) {
        Matcher found = Pattern.compile("<li (data-entry=\"[^\"]+\" data-month=\"\\d+\"(?: class=\"current\")?)>")
                .matcher(page);
        List<String> items = new ArrayList<>();
        while (found.find()) {
            items.add(found.group(1));
        }
        return items;
    }
}
