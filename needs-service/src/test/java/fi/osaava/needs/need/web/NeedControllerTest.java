package fi.osaava.needs.need.web;

import static fi.osaava.needs.need.NeedDraftBuilder.aNeed;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.security.ApiSecurityConfiguration;
import fi.osaava.kit.testing.MockActors;
import fi.osaava.kit.web.ProblemDetailsAdvice;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedAccess;
import fi.osaava.needs.need.NeedDraft;
import fi.osaava.needs.need.NeedManagement;

@WebMvcTest(NeedController.class)
@Import({ProblemDetailsAdvice.class, ApiSecurityConfiguration.class, NeedAccess.class})
class NeedControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NeedManagement needs;

    @MockitoBean
    JwtDecoder tokens;

    static final RequestPostProcessor PSHVA = MockActors.actingFor("org-pshva", "MEMBER");

    static final String VALID = """
            {"region":"11","competenceAreas":["medication-safety"],
             "targetGroup":"STAFF","title":"Lääkehoidon turvallisuus kotihoidossa","description":"x",
             "estimatedLearners":120,"horizon":"WITHIN_A_YEAR"}""";

    @Test
    void createsAndPublishesANeedInOneCall() throws Exception {
        CompetenceNeed need = aNeed().withDescription("x").published(Instant.now(), new ActedBy("org-pshva", "u"));
        when(needs.create(any(), eq(true), any())).thenReturn(need);

        mvc.perform(post("/api/needs?publish=true").with(PSHVA).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/needs/" + need.id()))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.region").value("11"));
    }

    @Test
    void answersAnInvalidNeedWithProblemDetailsListingEveryBadField() throws Exception {
        mvc.perform(post("/api/needs").with(PSHVA).contentType(MediaType.APPLICATION_JSON).content("""
                        {"region":"99","competenceAreas":["astrology"],
                         "title":"","estimatedLearners":0,"horizon":"WITHIN_A_YEAR"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "competenceAreas[0]", "estimatedLearners", "region", "targetGroup", "title")))
                .andExpect(jsonPath("$.errors[?(@.field=='region')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("not a known region code"))));
        verifyNoInteractions(needs);
    }

    @Test
    void answersAnUnknownEnumValueOrBrokenJsonWith400NotA500() throws Exception {
        mvc.perform(post("/api/needs").with(PSHVA).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("WITHIN_A_YEAR", "SOMEDAY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("horizon"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("SOMEDAY")));
        mvc.perform(post("/api/needs").with(PSHVA).contentType(MediaType.APPLICATION_JSON).content("{\"region\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable request body"));
        verifyNoInteractions(needs);
    }

    @Test
    void refusesANumberForTheTitleOrTheEarliestStartNamingTheFieldInsteadOfStoringAGuess() throws Exception {
        mvc.perform(post("/api/needs").with(PSHVA).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"Lääkehoidon turvallisuus kotihoidossa\"", "12345")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("must be text (a JSON string)"));
        mvc.perform(post("/api/needs").with(PSHVA).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("{", "{\"earliestStart\":12345,")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("earliestStart"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a date as text, YYYY-MM-DD"));
        mvc.perform(post("/api/needs").with(PSHVA).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("120", "\"120\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("estimatedLearners"));
        verifyNoInteractions(needs);
    }

    @Test
    void refusesAFieldGivenTwiceInsteadOfLettingTheLastOneWin() throws Exception {
        mvc.perform(post("/api/needs").with(PSHVA).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"horizon\"", "\"region\":\"06\",\"horizon\"")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("more than once")));
        verifyNoInteractions(needs);
    }

    @Test
    void takesTheReportingOrganisationFromTheTokenNeverFromTheBody() throws Exception {
        CompetenceNeed need = aNeed().withTitle("t").withLearners(1).withHorizon(Horizon.NOW).draft(Instant.now());
        when(needs.create(any(), eq(false), any())).thenReturn(need);

        mvc.perform(post("/api/needs").with(PSHVA).contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("{", "{\"reportingOrganisationId\":\"org-other\",\"status\":\"PUBLISHED\",")))
                .andExpect(status().isCreated());

        org.mockito.ArgumentCaptor<NeedDraft> draft = org.mockito.ArgumentCaptor.forClass(NeedDraft.class);
        org.mockito.Mockito.verify(needs).create(draft.capture(), eq(false), eq(new ActedBy("org-pshva", "user-of-org-pshva")));
        org.assertj.core.api.Assertions.assertThat(draft.getValue().reportingOrganisationId()).isEqualTo("org-pshva");
    }

    @Test
    void answersWithoutATokenWith401ProblemDetails() throws Exception {
        mvc.perform(post("/api/needs").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/needs")).andExpect(status().isUnauthorized());
        verifyNoInteractions(needs);
    }

    @Test
    void refusesASystemClientCreatingNeedsWith403() throws Exception {
        mvc.perform(post("/api/needs").with(MockActors.actingFor("org-pshva", "SYSTEM"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Forbidden"));
        verifyNoInteractions(needs);
    }

    @Test
    void answersAnUnknownNeedWith404() throws Exception {
        when(needs.get("nope", "org-pshva")).thenThrow(new NotFoundException("Need", "nope"));

        mvc.perform(get("/api/needs/nope").with(PSHVA))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Need nope does not exist"));
    }

    @Test
    void answersPublishingTwiceWith409() throws Exception {
        when(needs.publish("n-1", new ActedBy("org-pshva", "user-of-org-pshva"))).thenThrow(new ConflictException("Need n-1 is PUBLISHED; only a DRAFT can be published"));

        mvc.perform(post("/api/needs/n-1/publish").with(PSHVA))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("only a DRAFT")));
    }
}
