package fi.osaava.needs.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.ApiSecurityConfiguration;
import fi.osaava.kit.testing.MockActors;
import fi.osaava.kit.web.ProblemDetailsAdvice;
import fi.osaava.needs.foresight.ForesightManagement;

class NeedAccessTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ActedBy PSHVA = new ActedBy("org-pshva", "user-1");

    final NeedAccess access = new NeedAccess();
    final CompetenceNeed draft = NeedDraftBuilder.aNeed().reportedBy("org-pshva").draft(NOW);
    final CompetenceNeed published = NeedDraftBuilder.aNeed().reportedBy("org-pshva").published(NOW, PSHVA);

    static Actor member(String organisationId) {
        return new Actor("user-of-" + organisationId, organisationId, Set.of(Actor.MEMBER));
    }

    static final Actor COORDINATOR = new Actor("coord-1", "coordinator", Set.of(Actor.COORDINATOR));

    @Test
    void aDraftIsSeenOnlyByItsReporterAndAPublishedNeedByAnyone() {
        assertThatCode(() -> access.requireVisible("org-pshva", draft)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireVisible("org-other", draft)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining(draft.id());
        assertThatCode(() -> access.requireVisible("org-other", published)).doesNotThrowAnyException();
    }

    @Test
    void othersActOnlyOnAPublishedNeedNeverOnADraftNotEvenTheReporter() {
        assertThatCode(() -> access.requirePublished(published)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requirePublished(draft)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheReporterPublishesCorrectsOrWithdrawsItsNeedToOthersItIsNotFound() {
        assertThatCode(() -> access.requireReporter("org-pshva", draft)).doesNotThrowAnyException();
        assertThatCode(() -> access.requireReporter("org-pshva", published)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireReporter("org-other", published)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.requireReporter("org-other", draft)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theReporterClosesItsOwnNeedAndTheCoordinatorAnyPublishedOne() {
        assertThatCode(() -> access.requireMayClose(member("org-pshva"), published)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireMayClose(member("org-other"), published)).isInstanceOf(NotFoundException.class);
        assertThatCode(() -> access.requireMayClose(COORDINATOR, published)).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.requireMayClose(COORDINATOR, draft)).isInstanceOf(NotFoundException.class);
    }

    /** The role rules, through the kit's filter chain and the real controllers: 403 before the body is read. */
    @Nested
    @WebMvcTest
    @Import({ProblemDetailsAdvice.class, ApiSecurityConfiguration.class, NeedAccess.class})
    class Endpoints {

        @Autowired
        MockMvc mvc;

        @MockitoBean
        NeedManagement needs;

        @MockitoBean
        ForesightManagement foresight;

        @MockitoBean
        JwtDecoder tokens;

        /** Each role-gated endpoint, with a body that its validation refuses (400) once the role has passed. */
        record Gated(MockHttpServletRequestBuilder request, List<String> roles) {
        }

        List<Gated> gated() {
            List<String> organisations = List.of(Actor.MEMBER, Actor.COORDINATOR);
            List<String> members = List.of(Actor.MEMBER);
            return List.of(
                    new Gated(post("/api/needs"), organisations),
                    new Gated(put("/api/needs/n-1"), organisations),
                    new Gated(post("/api/needs/n-1/withdraw"), organisations),
                    new Gated(post("/api/needs/n-1/close"), organisations),
                    new Gated(put("/api/needs/n-1/endorsements/mine"), members),
                    new Gated(post("/api/needs/n-1/answers"), members),
                    new Gated(put("/api/needs/n-1/priority"), List.of(Actor.COORDINATOR)));
        }

        @Test
        void aRoleNotAllowedIsRefusedWith403BeforeTheBodyIsRead() throws Exception {
            for (Gated endpoint : gated()) {
                for (String role : List.of(Actor.MEMBER, Actor.COORDINATOR, Actor.SYSTEM)) {
                    int expected = endpoint.roles().contains(role) ? 400 : 403;
                    int answered = mvc.perform(endpoint.request().with(MockActors.actingFor("org-pshva", role))
                                    .contentType(MediaType.APPLICATION_JSON).content("{}"))
                            .andReturn().getResponse().getStatus();
                    assertThat(answered).as("%s as %s", endpoint.request().buildRequest(null).getRequestURI(), role)
                            .isEqualTo(expected);
                }
            }
            verifyNoInteractions(needs);
        }

        @Test
        void publishingAndWithdrawingAnEndorsementAreForOrganisationsAndMembersNotForSystems() throws Exception {
            when(needs.publish(any(), any())).thenReturn(NeedDraftBuilder.aNeed().published(NOW, PSHVA));

            mvc.perform(post("/api/needs/n-1/publish").with(MockActors.actingFor("org-pshva", Actor.MEMBER)))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/needs/n-1/publish").with(MockActors.actingFor("coordinator", Actor.COORDINATOR)))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/needs/n-1/publish").with(MockActors.actingFor("org-pshva", Actor.SYSTEM)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/needs/n-1/endorsements/mine").with(MockActors.actingFor("org-pshva", Actor.MEMBER)))
                    .andExpect(status().isNoContent());
            mvc.perform(delete("/api/needs/n-1/endorsements/mine").with(MockActors.actingFor("coordinator", Actor.COORDINATOR)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/needs/n-1/endorsements/mine").with(MockActors.actingFor("org-pshva", Actor.SYSTEM)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void aSystemClientReadsNeeds() throws Exception {
            when(needs.list(any(), any(), any())).thenReturn(List.of());
            when(needs.get(any(), any())).thenReturn(NeedDraftBuilder.aNeed().published(NOW, PSHVA));

            mvc.perform(get("/api/needs").with(MockActors.actingFor("org-x", Actor.SYSTEM))).andExpect(status().isOk());
            mvc.perform(get("/api/needs/n-1").with(MockActors.actingFor("org-x", Actor.SYSTEM))).andExpect(status().isOk());
            mvc.perform(get("/api/needs/n-1/coverage").with(MockActors.actingFor("org-x", Actor.SYSTEM)))
                    .andExpect(status().isOk());
        }
    }
}
