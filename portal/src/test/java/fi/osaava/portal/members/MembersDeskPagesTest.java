package fi.osaava.portal.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fi.osaava.portal.CatalogueFixtures;
import fi.osaava.portal.FakeService;
import fi.osaava.portal.MembershipFixtures;
import fi.osaava.portal.SignedIn;

/** The members desk over membership-service (and catalogue-service's reference data) answering on real HTTP. */
@SpringBootTest
@AutoConfigureMockMvc
class MembersDeskPagesTest {

    static final FakeService membership = new FakeService();
    static final FakeService catalogue = CatalogueFixtures.catalogue();

    static final String PARTICIPATIONS = "/api/ecosystems/pohjois-savo/participations/";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        properties.add("osaava.portal.membership", () -> membership.url().toString());
        properties.add("osaava.portal.catalogue", () -> catalogue.url().toString());
    }

    @AfterAll
    static void stop() {
        membership.close();
        catalogue.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void fresh() {
        membership.reset();
        membership.json("/api/ecosystems", MembershipFixtures.ECOSYSTEMS)
                .json("/api/ecosystems/pohjois-savo/applications", MembersFixtures.APPLICATIONS)
                .json("/api/organisations", MembersFixtures.ORGANISATIONS)
                .json("/api/ecosystems/pohjois-savo/passive-members", MembersFixtures.PASSIVE_MEMBERS)
                .json("/api/organisations/org-savonia/clients", MembersFixtures.CLIENTS)
                .answer("/api/ecosystems/pohjois-savo/passive-members/pm-1", 204, "application/json", "");
        for (String organisation : List.of("org-hoiva", "org-opisto", "org-savonia", "org-kotihoito")) {
            for (String decision : List.of("approve", "reject", "suspend", "reinstate")) {
                membership.json(PARTICIPATIONS + organisation + "/" + decision, MembersFixtures.PARTICIPATION);
            }
        }
    }

    // applications

    @Test
    void theApplicationsWaitingAreListedOldestFirstWithTheirTypeRingAndDate() throws Exception {
        Html page = page("/desk/members/applications");

        List<Html> rows = page.select("#applications tbody tr[data-organisation]");
        assertThat(rows).extracting(row -> row.attr("data-organisation")).containsExactly("org-hoiva", "org-opisto");
        Html hoiva = rows.get(0);
        assertThat(hoiva.attr("data-business-id")).isEqualTo("1234567-1");
        assertThat(hoiva.text("th")).contains("Hoiva Puijonlaakso Oy", "Haluamme mukaan");
        assertThat(hoiva.text("td.type")).isEqualTo("Palveluntuottaja");
        assertThat(hoiva.text("td.ring")).isEqualTo("Keskikehä");
        assertThat(hoiva.text("td.applied")).isEqualTo("1.12.2026");
        assertThat(hoiva.first("select[name=ring] option[selected]").attr("value")).isEqualTo("MIDDLE");
        assertThat(hoiva.select("form button.approve")).hasSize(1);
        assertThat(hoiva.select("form button.reject")).hasSize(1);
        assertThat(page.select("label[for=reason-org-hoiva]")).hasSize(1);
        // the coordinator's organisation coordinates Pohjois-Savo: it comes first, and Pirkanmaa is a choice
        assertThat(page.attrs("#ecosystem option", "value")).containsExactly("pohjois-savo", "pirkanmaa");
        assertThat(page.select("#flash")).isEmpty();

        FakeService.Call asked = membership.callsTo("/api/ecosystems/pohjois-savo/applications").get(0);
        assertThat(asked.authorization()).isEqualTo("Bearer access-token");
        assertThat(asked.uri().getQuery()).isEqualTo("size=200");
    }

    @Test
    void approvingSendsTheChosenRingAndRolesAndSaysSoOnTheList() throws Exception {
        mvc.perform(post("/desk/members/applications").param("ecosystem", "pohjois-savo")
                        .with(SignedIn.coordinator()).with(csrf())
                        .param("decision", "approve").param("organisation", "org-hoiva").param("name", "Hoiva Puijonlaakso Oy")
                        .param("ring", "MIDDLE").param("roles", "CONTACT_POINT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/desk/members/applications?ecosystem=pohjois-savo"))
                .andExpect(flash().attribute("flash", "Hakemus hyväksytty: Hoiva Puijonlaakso Oy, Keskikehä."));

        FakeService.Call approval = membership.callsTo(PARTICIPATIONS + "org-hoiva/approve").get(0);
        assertThat(approval.method()).isEqualTo("POST");
        assertThat(approval.body()).isEqualTo("{\"ring\":\"MIDDLE\",\"roles\":[\"CONTACT_POINT\"]}");
        assertThat(approval.authorization()).isEqualTo("Bearer access-token");
    }

    @Test
    void theListShowsTheFlashAfterTheRedirect() throws Exception {
        String html = mvc.perform(get("/desk/members/applications").with(SignedIn.coordinator())
                        .flashAttr("flash", "Hakemus hyväksytty: Hoiva Puijonlaakso Oy, Keskikehä."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Html.parse(html).text("#flash[role=status]"))
                .isEqualTo("Hakemus hyväksytty: Hoiva Puijonlaakso Oy, Keskikehä.");
    }

    @Test
    void rejectingNeedsAReasonWhichIsSentAsMembershipServiceAsksForIt() throws Exception {
        String refused = mvc.perform(post("/desk/members/applications?ecosystem=pohjois-savo")
                        .with(SignedIn.coordinator()).with(csrf())
                        .param("decision", "reject").param("organisation", "org-opisto").param("reason", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Html.parse(refused).text("#problem-org-opisto")).isEqualTo("Kirjoita perustelu (enintään 2000 merkkiä).");
        assertThat(Html.parse(refused).first("#reason-org-opisto").attr("aria-describedby")).isEqualTo("problem-org-opisto");
        assertThat(membership.callsTo(PARTICIPATIONS + "org-opisto/reject")).isEmpty();

        mvc.perform(post("/desk/members/applications?ecosystem=pohjois-savo").with(SignedIn.coordinator()).with(csrf())
                        .param("decision", "reject").param("organisation", "org-opisto")
                        .param("reason", "Ei toimintaa alueella"))
                .andExpect(redirectedUrl("/desk/members/applications?ecosystem=pohjois-savo"))
                .andExpect(flash().attribute("flash", "Hakemus hylätty: org-opisto."));
        assertThat(membership.callsTo(PARTICIPATIONS + "org-opisto/reject").get(0).body())
                .isEqualTo("{\"reason\":\"Ei toimintaa alueella\"}");
    }

    @Test
    void aDecisionTheParticipationNoLongerAllowsIsShownBesideTheRowInThePersonsLanguage() throws Exception {
        membership.problem(PARTICIPATIONS + "org-hoiva/approve", 409, """
                {"status": 409, "title": "Conflict",
                 "detail": "A participation that is REJECTED in ecosystem pohjois-savo cannot be approved"}""");

        String html = mvc.perform(post("/desk/members/applications?ecosystem=pohjois-savo").with(SignedIn.coordinator())
                        .with(csrf()).param("decision", "approve").param("organisation", "org-hoiva").param("ring", "CORE"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(Html.parse(html).text("tr[data-organisation=org-hoiva] #problem-org-hoiva"))
                .isEqualTo("Toimenpidettä ei tehty: organisaation tila ekosysteemissä on nyt Hylätty.");
    }

    @Test
    void aRefusalWithAFieldListIsSaidByTheFieldsNames() throws Exception {
        membership.problem(PARTICIPATIONS + "org-hoiva/approve", 400, """
                {"status": 400, "detail": "The request has 1 invalid field(s)",
                 "errors": [{"field": "roles", "message": "COORDINATOR follows the ecosystem's coordinator organisation"}]}""");

        String html = mvc.perform(post("/desk/members/applications?ecosystem=pohjois-savo&lang=en")
                        .with(SignedIn.coordinator()).with(csrf()).param("decision", "approve")
                        .param("organisation", "org-hoiva").param("ring", "CORE"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Html.parse(html).text("#problem-org-hoiva"))
                .isEqualTo("The membership service did not accept: roles.");
    }

    @Test
    void aRingThePageDoesNotOfferIsNotSent() throws Exception {
        mvc.perform(post("/desk/members/applications?ecosystem=pohjois-savo").with(SignedIn.coordinator()).with(csrf())
                        .param("decision", "approve").param("organisation", "org-hoiva").param("ring", "INNER"))
                .andExpect(status().isBadRequest());

        assertThat(membership.callsTo(PARTICIPATIONS + "org-hoiva/approve")).isEmpty();
    }

    @Test
    void theApplicationsPageIsInSwedish() throws Exception {
        Html page = page("/desk/members/applications?lang=sv");

        assertThat(page.text("h1")).isEqualTo("Medlemsansökningar");
        assertThat(page.text("tr[data-organisation=org-hoiva] td.ring")).isEqualTo("Mellanringen");
        assertThat(page.text("tr[data-organisation=org-hoiva] button.approve")).isEqualTo("Godkänn");
    }

    @Test
    void anotherEcosystemIsChosenByItsIdAndAnUnknownOneIsNotFound() throws Exception {
        membership.json("/api/ecosystems/pirkanmaa/applications", "[]");

        Html page = page("/desk/members/applications?ecosystem=pirkanmaa");

        assertThat(page.select("#no-applications")).hasSize(1);
        assertThat(page.first("#ecosystem option[selected]").attr("value")).isEqualTo("pirkanmaa");
        assertThat(page.attrs(".members-pages a", "href")).allMatch(href -> href.endsWith("ecosystem=pirkanmaa"));

        mvc.perform(get("/desk/members/applications?ecosystem=nowhere").with(SignedIn.coordinator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMemberIsRefusedEveryMembersPageAndAction() throws Exception {
        for (String page : List.of("/desk/members", "/desk/members/applications", "/desk/members/passive",
                "/desk/members/clients?organisation=org-savonia", "/desk/evaluation")) {
            mvc.perform(get(page).with(SignedIn.member()))
                    .andExpect(status().isForbidden()).andExpect(forwardedUrl("/forbidden"));
        }
        mvc.perform(post("/desk/members/applications?ecosystem=pohjois-savo").with(SignedIn.member()).with(csrf())
                        .param("decision", "approve").param("organisation", "org-hoiva").param("ring", "CORE"))
                .andExpect(status().isForbidden());
        assertThat(membership.calls()).isEmpty();
    }

    // the directory

    @Test
    void theDirectoryShowsTheEcosystemsActiveAndSuspendedMembersByRingWithTheirStatus() throws Exception {
        Html page = page("/desk/members");

        List<Html> rows = page.select("#directory tbody tr[data-organisation]");
        // core first, by name within a ring; the applicant is not a member yet, Tampere is in another ecosystem
        assertThat(rows).extracting(row -> row.attr("data-organisation"))
                .containsExactly("org-county", "org-savonia", "org-kotihoito", "org-union");
        Html savonia = page.first("#directory tr[data-organisation=org-savonia]");
        assertThat(savonia.text("td.ring")).isEqualTo("Ydinkehä");
        assertThat(savonia.text("td.status")).isEqualTo("Aktiivinen");
        assertThat(savonia.text("td.roles")).isEqualTo("Ekosysteemityöryhmä, Yhteyspiste");
        assertThat(savonia.select("button.suspend")).hasSize(1);
        assertThat(savonia.select("button.reinstate")).isEmpty();
        Html kotihoito = page.first("#directory tr[data-organisation=org-kotihoito]");
        assertThat(kotihoito.text("td.status")).isEqualTo("Jäsenyys keskeytetty Syy: Maksamattomat jäsenmaksut");
        assertThat(kotihoito.select("button.reinstate")).hasSize(1);
        assertThat(kotihoito.select("button.suspend")).isEmpty();
        assertThat(page.text("#ring-counts li[data-ring=CORE] strong")).isEqualTo("2");
        assertThat(page.text("#ring-counts li[data-status=SUSPENDED] strong")).isEqualTo("1");

        assertThat(membership.callsTo("/api/organisations")).hasSize(1);
        assertThat(membership.callsTo("/api/organisations").get(0).uri().getQuery()).isEqualTo("page=0&size=200");
    }

    @Test
    void suspendingSendsTheReasonAndReinstatingSendsNoBody() throws Exception {
        mvc.perform(post("/desk/members?ecosystem=pohjois-savo").with(SignedIn.coordinator()).with(csrf())
                        .param("decision", "suspend").param("organisation", "org-savonia")
                        .param("name", "Savonia-ammattikorkeakoulu").param("reason", "Sopimus päättyi"))
                .andExpect(redirectedUrl("/desk/members?ecosystem=pohjois-savo"))
                .andExpect(flash().attribute("flash", "Jäsenyys keskeytetty: Savonia-ammattikorkeakoulu."));
        assertThat(membership.callsTo(PARTICIPATIONS + "org-savonia/suspend").get(0).body())
                .isEqualTo("{\"reason\":\"Sopimus päättyi\"}");

        mvc.perform(post("/desk/members?ecosystem=pohjois-savo").with(SignedIn.coordinator()).with(csrf())
                        .param("decision", "reinstate").param("organisation", "org-kotihoito"))
                .andExpect(redirectedUrl("/desk/members?ecosystem=pohjois-savo"));
        FakeService.Call reinstated = membership.callsTo(PARTICIPATIONS + "org-kotihoito/reinstate").get(0);
        assertThat(reinstated.method()).isEqualTo("POST");
        assertThat(reinstated.body()).isEmpty();
    }

    @Test
    void aSuspensionWithoutAReasonIsRefusedBesideTheRowKeepingNothingSent() throws Exception {
        String html = mvc.perform(post("/desk/members?ecosystem=pohjois-savo").with(SignedIn.coordinator()).with(csrf())
                        .param("decision", "suspend").param("organisation", "org-savonia").param("reason", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(Html.parse(html).text("tr[data-organisation=org-savonia] .error"))
                .isEqualTo("Kirjoita perustelu (enintään 2000 merkkiä).");
        assertThat(membership.callsTo(PARTICIPATIONS + "org-savonia/suspend")).isEmpty();
    }

    // passive members

    @Test
    void thePassiveMembersAreCountedByStatusAndOnlyAConfirmedOnesAddressIsThere() throws Exception {
        Html page = page("/desk/members/passive");

        assertThat(page.text("#passive-counts li[data-status=ALL] strong")).isEqualTo("3");
        assertThat(page.text("#passive-counts li[data-status=ACTIVE] strong")).isEqualTo("1");
        assertThat(page.text("#passive-counts li[data-status=PENDING] strong")).isEqualTo("1");
        Html confirmed = page.first("#passive-members tr[data-member=pm-1]");
        assertThat(confirmed.text("td.email")).isEqualTo("kotihoiva@example.org");
        assertThat(confirmed.text("td.regions")).isEqualTo("Pohjois-Savo");
        assertThat(confirmed.text("td.areas")).isEqualTo("Lääkehoidon turvallisuus");
        assertThat(page.first("#passive-members tr[data-member=pm-2]").text("td.status"))
                .isEqualTo("Odottaa vahvistusta");
        assertThat(membership.callsTo("/api/ecosystems/pohjois-savo/passive-members").get(0).uri().getQuery())
                .isEqualTo("page=0&size=200");
    }

    @Test
    void erasingAPassiveMemberIsConfirmedOnThePageFirstThenDeleted() throws Exception {
        Html confirm = page("/desk/members/passive?erase=pm-1");
        assertThat(confirm.text("#erase-confirm")).contains("Kotihoiva Maaninka");
        assertThat(membership.callsTo("/api/ecosystems/pohjois-savo/passive-members/pm-1")).isEmpty();

        mvc.perform(post("/desk/members/passive?ecosystem=pohjois-savo").with(SignedIn.coordinator()).with(csrf())
                        .param("member", "pm-1"))
                .andExpect(redirectedUrl("/desk/members/passive?ecosystem=pohjois-savo"))
                .andExpect(flash().attribute("flash", "Passiivinen jäsen poistettu pysyvästi."));
        assertThat(membership.callsTo("/api/ecosystems/pohjois-savo/passive-members/pm-1").get(0).method())
                .isEqualTo("DELETE");
    }

    // clients

    @Test
    void anOrganisationsClientsAreListedWithoutSecrets() throws Exception {
        Html page = page("/desk/members/clients?organisation=org-savonia");

        assertThat(page.attrs("#clients tr[data-client]", "data-client"))
                .containsExactly("savonia-peppi", "savonia-old");
        assertThat(page.text("#clients tr[data-client=savonia-old] td.status")).isEqualTo("Peruttu");
        assertThat(page.select("#clients tr[data-client=savonia-old] button.revoke")).isEmpty();
        assertThat(page.select("#clients tr[data-client=savonia-peppi] button.revoke")).hasSize(1);
        assertThat(page.text("#clients-heading")).isEqualTo("Organisaation Savonia-ammattikorkeakoulu tunnukset");
        assertThat(page.select("#new-secret")).isEmpty();
    }

    @Test
    void aNewClientsSecretIsShownOnceInThePageAndKeptNowhere() throws Exception {
        membership.once("/api/organisations/org-savonia/clients", 201, "application/json", MembersFixtures.ISSUED);
        MockHttpSession session = new MockHttpSession();

        MvcResult created = mvc.perform(post("/desk/members/clients?ecosystem=pohjois-savo&organisation=org-savonia")
                        .session(session).with(SignedIn.coordinator()).with(csrf()).param("action", "create")
                        .param("replaces", "savonia-peppi"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();

        Html page = Html.parse(created.getResponse().getContentAsString());
        assertThat(page.text("#new-secret")).isEqualTo("s3cr3t-only-once-9f8e7d");
        assertThat(page.text("#new-client-id")).isEqualTo("savonia-new");
        assertThat(page.text("#replaces-note")).contains("savonia-peppi");
        assertThat(created.getFlashMap().isEmpty()).isTrue();
        for (String name : Collections.list(session.getAttributeNames())) {
            assertThat(String.valueOf(session.getAttribute(name))).doesNotContain("s3cr3t");
        }
        // once, in the one place meant for it: in no link, form, field or attribute
        assertThat(created.getResponse().getContentAsString().split("s3cr3t-only-once", -1)).hasSize(2);
        assertThat(membership.callsTo("/api/organisations/org-savonia/clients").get(0).method()).isEqualTo("POST");

        // the next view of the page no longer has it
        assertThat(mvc.perform(get("/desk/members/clients?organisation=org-savonia").session(session)
                        .with(SignedIn.coordinator()))
                .andReturn().getResponse().getContentAsString()).doesNotContain("s3cr3t");
    }

    @Test
    void revokingAClientCallsMembershipServiceAndSaysSo() throws Exception {
        membership.json("/api/organisations/org-savonia/clients/savonia-peppi/revoke", """
                {"clientId": "savonia-peppi", "organisationId": "org-savonia", "roles": ["SYSTEM", "MEMBER"],
                 "createdAt": "2026-06-01T08:00:00Z", "revoked": true}""");

        mvc.perform(post("/desk/members/clients?ecosystem=pohjois-savo&organisation=org-savonia")
                        .with(SignedIn.coordinator()).with(csrf()).param("action", "revoke").param("client", "savonia-peppi"))
                .andExpect(redirectedUrl("/desk/members/clients?ecosystem=pohjois-savo&organisation=org-savonia"))
                .andExpect(flash().attribute("flash", "Tunnus savonia-peppi peruttu: sillä ei saa enää uusia pääsyavaimia."));

        assertThat(membership.callsTo("/api/organisations/org-savonia/clients/savonia-peppi/revoke").get(0).method())
                .isEqualTo("POST");
    }

    @Test
    void aClientOfAnotherOrganisationIsRefusedBesideTheList() throws Exception {
        membership.problem("/api/organisations/org-savonia/clients/other/revoke", 404,
                "{\"status\": 404, \"detail\": \"Client other not found\"}");

        String html = mvc.perform(post("/desk/members/clients?ecosystem=pohjois-savo&organisation=org-savonia&lang=en")
                        .with(SignedIn.coordinator()).with(csrf()).param("action", "revoke").param("client", "other"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();

        assertThat(Html.parse(html).text("#problem"))
                .isEqualTo("Nothing was done: the organisation, credentials or member is not (or no longer) there.");
    }

    private Html page(String url) throws Exception {
        return Html.parse(mvc.perform(get(url).with(SignedIn.coordinator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
