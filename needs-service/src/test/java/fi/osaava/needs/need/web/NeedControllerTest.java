package fi.osaava.needs.need.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.kit.web.ConflictException;
import fi.osaava.kit.web.NotFoundException;
import fi.osaava.kit.web.ProblemDetailsAdvice;
import fi.osaava.needs.need.CompetenceNeed;
import fi.osaava.needs.need.Horizon;
import fi.osaava.needs.need.NeedDraft;
import fi.osaava.needs.need.NeedManagement;
import fi.osaava.needs.need.TargetGroup;

@WebMvcTest(NeedController.class)
@Import(ProblemDetailsAdvice.class)
class NeedControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NeedManagement needs;

    static final String VALID = """
            {"reportingOrganisationId":"org-pshva","region":"11","competenceAreas":["medication-safety"],
             "targetGroup":"STAFF","title":"Lääkehoidon turvallisuus kotihoidossa","description":"x",
             "estimatedLearners":120,"horizon":"WITHIN_A_YEAR"}""";

    @Test
    void createsAndPublishesANeedInOneCall() throws Exception {
        CompetenceNeed need = CompetenceNeed.draft(new NeedDraft("org-pshva", "11", List.of("medication-safety"),
                TargetGroup.STAFF, "Lääkehoidon turvallisuus kotihoidossa", "x", 120, Horizon.WITHIN_A_YEAR),
                Instant.now());
        need.publish(Instant.now());
        when(needs.create(any(), eq(true))).thenReturn(need);

        mvc.perform(post("/api/needs?publish=true").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/needs/" + need.id()))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.region").value("11"));
    }

    @Test
    void answersAnInvalidNeedWithProblemDetailsListingEveryBadField() throws Exception {
        mvc.perform(post("/api/needs").contentType(MediaType.APPLICATION_JSON).content("""
                        {"reportingOrganisationId":"org-pshva","region":"99","competenceAreas":["astrology"],
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
        mvc.perform(post("/api/needs").contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("WITHIN_A_YEAR", "SOMEDAY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable request body"));
        mvc.perform(post("/api/needs").contentType(MediaType.APPLICATION_JSON).content("{\"region\":"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void answersAnUnknownNeedWith404() throws Exception {
        when(needs.get("nope")).thenThrow(new NotFoundException("Need", "nope"));

        mvc.perform(get("/api/needs/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Need nope does not exist"));
    }

    @Test
    void answersPublishingTwiceWith409() throws Exception {
        when(needs.publish("n-1")).thenThrow(new ConflictException("Need n-1 is PUBLISHED; only a DRAFT can be published"));

        mvc.perform(post("/api/needs/n-1/publish"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("only a DRAFT")));
    }
}
