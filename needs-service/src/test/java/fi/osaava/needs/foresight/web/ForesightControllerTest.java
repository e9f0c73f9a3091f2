package fi.osaava.needs.foresight.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fi.osaava.kit.security.ApiSecurityConfiguration;
import fi.osaava.kit.testing.MockActors;
import fi.osaava.kit.web.ProblemDetailsAdvice;
import fi.osaava.needs.foresight.AreaLevel;
import fi.osaava.needs.foresight.DemandReport.Demand;
import fi.osaava.needs.foresight.DemandReport.DemandRow;
import fi.osaava.needs.foresight.ForesightAccess;
import fi.osaava.needs.foresight.ForesightManagement;
import fi.osaava.needs.foresight.Quarter;
import fi.osaava.needs.foresight.TrendReport.Point;
import fi.osaava.needs.foresight.TrendReport.Series;
import fi.osaava.needs.foresight.TrendReport.Trend;
import fi.osaava.needs.need.Horizon;

@WebMvcTest(ForesightController.class)
@Import({ProblemDetailsAdvice.class, ApiSecurityConfiguration.class, ForesightAccess.class})
class ForesightControllerTest {

    static final RequestPostProcessor MEMBER = MockActors.actingFor("org-a", "MEMBER");
    static final Demand DEMAND = new Demand(Instant.parse("2026-06-15T10:00:00Z"), AreaLevel.TOP,
            List.of(new DemandRow("medication-safety", "Lääkehoidon turvallisuus", Horizon.NOW, "11", "Pohjois-Savo", 2, 35)),
            new Demand.Totals(2, 35));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ForesightManagement foresight;

    @MockitoBean
    JwtDecoder tokens;

    @Test
    void refusesAnAnonymousCallerWith401() throws Exception {
        mvc.perform(get("/api/foresight/demand")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/foresight/priorities.csv")).andExpect(status().isUnauthorized());
    }

    @Test
    void showsTheLevelAndQuartersInTheirWrittenForm() throws Exception {
        when(foresight.demand(AreaLevel.TOP, "11", Horizon.NOW)).thenReturn(DEMAND);
        Quarter q1 = new Quarter(2026, 1);
        when(foresight.trend(eq("2026-Q1"), isNull(), eq(AreaLevel.CONCEPT), isNull(), isNull())).thenReturn(new Trend(
                List.of(q1), List.of(new Series("documentation", "Kirjaaminen", List.of(new Point(q1, 1, 4)))),
                List.of(new Point(q1, 1, 4))));

        mvc.perform(get("/api/foresight/demand?level=top&region=11&horizon=NOW").with(MEMBER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("top"))
                .andExpect(jsonPath("$.rows[0].regionName").value("Pohjois-Savo"))
                .andExpect(jsonPath("$.totals.learners").value(35));
        mvc.perform(get("/api/foresight/trend?from=2026-Q1").with(MockActors.actingFor("coordinator", "COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quarters[0]").value("2026-Q1"))
                .andExpect(jsonPath("$.series[0].points[0].quarter").value("2026-Q1"))
                .andExpect(jsonPath("$.totals[0].needsPublished").value(1));
    }

    @Test
    void namesTheBadParameter() throws Exception {
        mvc.perform(get("/api/foresight/demand?level=region").with(MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(get("/api/foresight/demand?horizon=SOON").with(MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("horizon"));
        mvc.perform(get("/api/foresight/demand.csv?delimiter=tab").with(MEMBER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("delimiter"));
    }

    @Test
    void exportsCsvAsAnAttachmentNamedByReportAndDate() throws Exception {
        when(foresight.demand(any(), any(), any())).thenReturn(DEMAND);
        when(foresight.today()).thenReturn(LocalDate.parse("2026-06-15"));

        mvc.perform(get("/api/foresight/demand.csv?delimiter=semicolon").with(MEMBER))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"osaava-demand-2026-06-15.csv\""))
                .andExpect(content().bytes(("\uFEFFcompetenceArea;label;horizon;region;regionName;needs;learners\r\n"
                        + "medication-safety;Lääkehoidon turvallisuus;NOW;11;Pohjois-Savo;2;35\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
