package fi.osaava.portal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

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

/** The meetings over membership-service answering on real HTTP: one coming in three weeks, one held last month. */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingPagesTest {

    static final FakeService membership = new FakeService();
    static final String MEETINGS = "/api/ecosystems/pohjois-savo/meetings";
    static final OffsetDateTime SOON = OffsetDateTime.now(ZoneId.of("Europe/Helsinki")).plusWeeks(3)
            .truncatedTo(ChronoUnit.HOURS);
    static final OffsetDateTime EARLIER = SOON.minusWeeks(8);

    static final String UPCOMING = """
            {"meetingId": "m-soon", "ecosystemId": "pohjois-savo", "title": "Ekosysteemin kokous",
             "startsAt": "%s", "endsAt": "%s", "timeZone": "Europe/Helsinki",
             "place": "Kuopio", "onlineUrl": "https://meet.example.org/x", "chair": {"name": "Pia", "organisationId": "org-county"},
             "themes": ["Ennakointi 2027–2030"], "status": "SCHEDULED",
             "agenda": [{"itemId": "i-1", "title": "Kyselyn tulokset", "description": "", "proposedByOrganisationId": null}],
             "proposals": [{"proposalId": "p-1", "organisationId": "org-savonia", "title": "Simulaatio-opetus",
                            "description": "Yhteinen päivä.", "status": "PROPOSED", "agendaItemId": null,
                            "declineReason": null, "proposedAt": "2026-11-01T08:00:00Z", "decidedAt": null}],
             "decisions": [], "cancelReason": null, "scheduledAt": "2026-11-01T08:00:00Z"}"""
            .formatted(SOON, SOON.plusMinutes(150));
    static final String HELD = """
            {"meetingId": "m-held", "ecosystemId": "pohjois-savo", "title": "Syksyn kokous",
             "startsAt": "%s", "endsAt": "%s", "timeZone": "Europe/Helsinki", "place": "Kuopio", "onlineUrl": null,
             "chair": null, "themes": [], "status": "HELD",
             "agenda": [{"itemId": "i-9", "title": "Vuosikello", "description": "", "proposedByOrganisationId": "org-savonia"}],
             "proposals": [], "decisions": [{"decisionId": "d-1", "agendaItemId": "i-9", "text": "Hyväksyttiin."}],
             "cancelReason": null, "scheduledAt": "2026-09-01T08:00:00Z"}""".formatted(EARLIER, EARLIER.plusHours(2));

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
        membership.json(MEETINGS, "[" + HELD + "," + UPCOMING + "]")
                .json(MEETINGS + "/m-soon", UPCOMING)
                .json(MEETINGS + "/m-held", HELD)
                .json(MEETINGS + "/m-soon/agenda-items", "{}")
                .json(MEETINGS + "/m-soon/agenda-proposals/p-1/accept", "{}")
                .json(MEETINGS + "/m-soon/agenda-proposals/p-1/decline", "{}")
                .json(MEETINGS + "/m-soon/publish-agenda", UPCOMING)
                .json(MEETINGS + "/m-soon/cancel", UPCOMING)
                .json(MEETINGS + "/m-held/decisions", HELD);
    }

    @Test
    void theMeetingsAreListedUpcomingFirstAndPastBelow() throws Exception {
        String page = mvc.perform(get("/desk/meetings").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<div id=\"meetings\">", "<caption>", "scope=\"col\"", "Kutsuttu koolle", "Pidetty",
                "href=\"/desk/meetings/m-soon?ecosystem=pohjois-savo\"", "id=\"new-meeting\"");
        assertThat(page.indexOf("data-meeting=\"m-soon\"")).isPositive()
                .isLessThan(page.indexOf("data-meeting=\"m-held\""));
        assertThat(page.indexOf("data-meeting=\"m-held\"")).isGreaterThan(page.indexOf("id=\"past-heading\""));
        assertThat(membership.calls()).hasSize(2)
                .allSatisfy(call -> assertThat(call.authorization()).isEqualTo("Bearer access-token"));
    }

    @Test
    void aMeetingsPageShowsItsAgendaAndTheProposalsToAcceptOrDecline() throws Exception {
        String page = mvc.perform(get("/desk/meetings/m-soon").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Ekosysteemin kokous</h1>", "data-item=\"i-1\"", "Kyselyn tulokset",
                "data-proposal=\"p-1\"", "Savonia-ammattikorkeakoulu", "class=\"accept\"", "class=\"decline secondary\"",
                "id=\"reason-p-1\"", "id=\"item-form\"", "id=\"publish-agenda\"", "id=\"cancel-meeting\"",
                "<span>Pia</span><span>, </span><span>Pohjois-Savon hyvinvointialue</span>", "href=\"https://meet.example.org/x\"",
                "Ratkaise ensin 1 ehdotusta")
                .doesNotContain("id=\"record-decisions\"");
        assertThat(membership.calls()).hasSize(3);
    }

    @Test
    void aHeldMeetingShowsItsDecisionsUnderTheirItems() throws Exception {
        String page = mvc.perform(get("/desk/meetings/m-held").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("data-decision=\"d-1\"", "Vuosikello: ", "Hyväksyttiin.",
                "(ehdottaja Savonia-ammattikorkeakoulu)")
                .doesNotContain("id=\"cancel-meeting\"", "id=\"item-form\"", "class=\"accept\"");
    }

    @Test
    void eachStepGoesToMembershipWithItsBody() throws Exception {
        String back = "/desk/meetings/m-soon?ecosystem=pohjois-savo";
        mvc.perform(post("/desk/meetings/m-soon/agenda-items").with(SignedIn.coordinator()).with(csrf())
                        .param("title", "Ennakointi").param("description", "Työpajan tulokset"))
                .andExpect(redirectedUrl(back));
        mvc.perform(post("/desk/meetings/m-soon/proposals/p-1/accept").with(SignedIn.coordinator()).with(csrf()))
                .andExpect(redirectedUrl(back));
        mvc.perform(post("/desk/meetings/m-soon/proposals/p-1/decline").with(SignedIn.coordinator()).with(csrf())
                        .param("reason", "Ei tähän kokoukseen"))
                .andExpect(redirectedUrl(back));
        mvc.perform(post("/desk/meetings/m-soon/publish-agenda").with(SignedIn.coordinator()).with(csrf()))
                .andExpect(redirectedUrl(back));
        mvc.perform(post("/desk/meetings/m-soon/cancel").with(SignedIn.coordinator()).with(csrf())
                        .param("reason", "Sairastumisia"))
                .andExpect(redirectedUrl(back));
        mvc.perform(post("/desk/meetings/m-held/decisions").with(SignedIn.coordinator()).with(csrf())
                        .param("decision-i-9", "Hyväksyttiin vuosikello.").param("decision", ""))
                .andExpect(redirectedUrl("/desk/meetings/m-held?ecosystem=pohjois-savo"));

        assertThat(body(MEETINGS + "/m-soon/agenda-items")).isEqualTo("{\"title\":\"Ennakointi\",\"description\":\"Työpajan tulokset\"}");
        assertThat(body(MEETINGS + "/m-soon/agenda-proposals/p-1/accept")).isEqualTo("{}");
        assertThat(body(MEETINGS + "/m-soon/agenda-proposals/p-1/decline")).isEqualTo("{\"reason\":\"Ei tähän kokoukseen\"}");
        assertThat(membership.callsTo(MEETINGS + "/m-soon/publish-agenda")).singleElement()
                .satisfies(call -> assertThat(call.method()).isEqualTo("POST"));
        assertThat(body(MEETINGS + "/m-soon/cancel")).isEqualTo("{\"reason\":\"Sairastumisia\"}");
        assertThat(body(MEETINGS + "/m-held/decisions"))
                .isEqualTo("{\"decisions\":[{\"agendaItemId\":\"i-9\",\"text\":\"Hyväksyttiin vuosikello.\"}]}");
    }

    @Test
    void schedulingSendsFinnishTimesWithTheirOffsetAndLeadsToTheNewMeeting() throws Exception {
        membership.answer(MEETINGS, 201, "application/json", UPCOMING);
        String form = mvc.perform(get("/desk/meetings/new").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"title\"", "id=\"startsAt\"", "type=\"datetime-local\"", "id=\"place\"",
                "id=\"onlineUrl\"", "id=\"chairOrganisationId\"", "id=\"themes\"", "id=\"schedule-meeting\"");

        mvc.perform(post("/desk/meetings/new").with(SignedIn.coordinator()).with(csrf())
                        .param("title", "Kevään kokous").param("startsAt", "2027-02-10T09:00")
                        .param("endsAt", "2027-02-10T11:30").param("place", "Kuopio")
                        .param("chairOrganisationId", "org-county").param("themes", "Ennakointi\n\nLääkehoito\n"))
                .andExpect(redirectedUrl("/desk/meetings/m-soon?ecosystem=pohjois-savo"));

        FakeService.Call sent = membership.callsTo(MEETINGS).stream().filter(call -> call.method().equals("POST"))
                .findFirst().orElseThrow();
        assertThat(sent.body()).contains("\"title\":\"Kevään kokous\"", "\"startsAt\":\"2027-02-10T09:00+02:00\"",
                "\"endsAt\":\"2027-02-10T11:30+02:00\"", "\"place\":\"Kuopio\"", "\"onlineUrl\":null",
                "\"chair\":{\"name\":null,\"organisationId\":\"org-county\"}",
                "\"themes\":[\"Ennakointi\",\"Lääkehoito\"]");
    }

    @Test
    void aMeetingWithoutPlaceOrLinkIsRefusedHereAndMembershipsRefusalBesideItsField() throws Exception {
        String page = mvc.perform(post("/desk/meetings/new").with(SignedIn.coordinator()).with(csrf())
                        .param("title", "Kokous").param("startsAt", "2027-02-10T09:00")
                        .param("endsAt", "2027-02-10T11:30"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"place-error\"", "Anna paikka, verkkokokouksen osoite tai molemmat.");
        assertThat(membership.callsTo(MEETINGS)).isEmpty();

        membership.problem(MEETINGS, 400, """
                {"status": 400, "detail": "Invalid request content",
                 "errors": [{"field": "startsAt", "message": "must be in the future"}]}""");
        page = mvc.perform(post("/desk/meetings/new").with(SignedIn.coordinator()).with(csrf())
                        .param("title", "Kokous").param("startsAt", "2020-02-10T09:00")
                        .param("endsAt", "2020-02-10T11:30").param("onlineUrl", "https://meet.example.org/y"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"startsAt-error\" class=\"error\">Kokouksen pitää alkaa tulevaisuudessa.<")
                .contains("value=\"https://meet.example.org/y\"");
    }

    @Test
    void aRefusedStepIsSaidBesideItsFormInThePersonsLanguage() throws Exception {
        membership.problem(MEETINGS + "/m-soon/publish-agenda", 409, """
                {"status": 409, "title": "Conflict",
                 "detail": "Meeting m-soon has 1 agenda proposal(s) to accept or decline first"}""");

        String page = mvc.perform(post("/desk/meetings/m-soon/publish-agenda").with(SignedIn.coordinator()).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("id=\"publish-heading\"[\\s\\S]*role=\"alert\">Ratkaise ensin 1 ehdotusta");

        membership.problem(MEETINGS + "/m-soon/agenda-proposals/p-1/accept", 409, """
                {"status": 409, "detail": "Agenda proposal p-1 is ACCEPTED already"}""");
        page = mvc.perform(post("/desk/meetings/m-soon/proposals/p-1/accept").param("lang", "sv")
                        .with(SignedIn.coordinator()).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Förslaget är redan avgjort.", "Kärnaktörernas förslag", "Godkänn");
    }

    @Test
    void aDeclineWithoutReasonAndDecisionsLeftBlankAreNotSent() throws Exception {
        String page = mvc.perform(post("/desk/meetings/m-soon/proposals/p-1/decline").with(SignedIn.coordinator())
                        .with(csrf()).param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"reason-p-1-error\"", "Kerro syy.");

        mvc.perform(post("/desk/meetings/m-held/decisions").with(SignedIn.coordinator()).with(csrf())
                        .param("decision-i-9", "").param("decision", "  "))
                .andExpect(status().isBadRequest());
        assertThat(membership.callsTo(MEETINGS + "/m-soon/agenda-proposals/p-1/decline")).isEmpty();
        assertThat(membership.callsTo(MEETINGS + "/m-held/decisions")).isEmpty();
    }

    @Test
    void aMemberIsRefusedAndAnUnknownMeetingIsNotFound() throws Exception {
        mvc.perform(get("/desk/meetings").with(SignedIn.member()))
                .andExpect(status().isForbidden()).andExpect(forwardedUrl("/forbidden"));
        mvc.perform(post("/desk/meetings/m-soon/cancel").with(SignedIn.member()).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
        assertThat(membership.calls()).isEmpty();

        mvc.perform(get("/desk/meetings/m-none").with(SignedIn.coordinator())).andExpect(status().isNotFound());
    }

    @Test
    void theMeetingsInEnglish() throws Exception {
        String page = mvc.perform(get("/desk/meetings").param("lang", "en").with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<h1>Meetings</h1>", "Upcoming meetings", "Scheduled", "Held");
    }

    private static String body(String path) {
        return membership.callsTo(path).get(0).body();
    }
}
