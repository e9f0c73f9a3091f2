package fi.osaava.notification.recipient;

import static fi.osaava.kit.testing.MockActors.actingFor;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import fi.osaava.kit.security.ApiSecurityConfiguration;

/** The directory is the coordinator's: the filter chain refuses every other role, the controller checks nothing. */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "fi\\.osaava\\.notification\\.recipient\\.web\\.RecipientController"))
@Import({ApiSecurityConfiguration.class, RecipientAccess.class})
class RecipientAccessTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecipientDirectory directory;

    @MockitoBean
    JwtDecoder tokens;

    @Test
    void onlyTheCoordinatorReadsTheDirectory() throws Exception {
        when(directory.all(any())).thenReturn(List.of());

        mvc.perform(get("/api/recipients").with(actingFor("org-coordinator", "COORDINATOR")))
                .andExpect(status().isOk());
    }

    @Test
    void anyOtherRoleIsRefused() throws Exception {
        mvc.perform(get("/api/recipients").with(actingFor("org-hoiva", "MEMBER"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/recipients").with(actingFor("org-hoiva", "SYSTEM"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/recipients/org-hoiva").with(actingFor("org-hoiva", "MEMBER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/recipients")).andExpect(status().isUnauthorized());
        verifyNoInteractions(directory);
    }
}
