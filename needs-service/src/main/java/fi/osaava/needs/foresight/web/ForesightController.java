package fi.osaava.needs.foresight.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.needs.foresight.AreaLevel;
import fi.osaava.needs.foresight.DemandReport;
import fi.osaava.needs.foresight.ForesightManagement;
import fi.osaava.needs.foresight.PriorityList;
import fi.osaava.needs.foresight.TrendReport;
import fi.osaava.needs.need.Horizon;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Foresight for members and the coordinator: any valid token reads it, as it reads the needs (the
 * kit's security demands a token for everything under /api). Each report also as CSV for the working
 * group's spreadsheets.
 */
@RestController
@RequestMapping("/api/foresight")
@Tag(name = "Foresight")
class ForesightController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ForesightManagement foresight;

    ForesightController(ForesightManagement foresight) {
        this.foresight = foresight;
    }

    @GetMapping("/demand")
    @Operation(summary = "Demand per competence area × horizon × region from the open needs: needs and learners (reporter's and endorsers'), the most learners first; level=top rolls areas up to their top concepts")
    DemandReport.Demand demand(@RequestParam(defaultValue = "concept") String level,
                               @RequestParam(required = false) @Nullable String region,
                               @RequestParam(required = false) @Nullable String horizon) {
        return foresight.demand(level(level), blankToNull(region), horizon(horizon));
    }

    @GetMapping("/demand.csv")
    @Operation(summary = "The demand report as CSV (UTF-8 with BOM; delimiter=semicolon for Finnish Excel)")
    ResponseEntity<byte[]> demandCsv(@RequestParam(defaultValue = "concept") String level,
                                     @RequestParam(required = false) @Nullable String region,
                                     @RequestParam(required = false) @Nullable String horizon,
                                     @RequestParam(defaultValue = "comma") String delimiter) {
        CsvTable.Delimiter separator = delimiter(delimiter);
        return csv("demand", ForesightCsv.demand(demand(level, region, horizon)), separator);
    }

    @GetMapping("/trend")
    @Operation(summary = "Needs published and their learners per quarter (Finnish time) and competence area, every quarter from..to (e.g. 2026-Q1; default the last 8 up to now, at most 40); closed needs count, withdrawn ones do not")
    TrendReport.Trend trend(@RequestParam(required = false) @Nullable String from,
                            @RequestParam(required = false) @Nullable String to,
                            @RequestParam(defaultValue = "concept") String level,
                            @RequestParam(required = false) @Nullable String competenceArea,
                            @RequestParam(required = false) @Nullable String region) {
        return foresight.trend(from, to, level(level), blankToNull(competenceArea), blankToNull(region));
    }

    @GetMapping("/trend.csv")
    @Operation(summary = "The trend report as CSV, one row per competence area and quarter")
    ResponseEntity<byte[]> trendCsv(@RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to,
                                    @RequestParam(defaultValue = "concept") String level,
                                    @RequestParam(required = false) @Nullable String competenceArea,
                                    @RequestParam(required = false) @Nullable String region,
                                    @RequestParam(defaultValue = "comma") String delimiter) {
        CsvTable.Delimiter separator = delimiter(delimiter);
        return csv("trend", ForesightCsv.trend(trend(from, to, level, competenceArea, region)), separator);
    }

    @GetMapping("/priorities")
    @Operation(summary = "The coordinator's list for annual planning: open needs by priority (HIGH first, none last), then total demand, then the oldest first, with the latest priority decision's reason and the coverage")
    List<PriorityList.Entry> priorities() {
        return foresight.priorities();
    }

    @GetMapping("/priorities.csv")
    @Operation(summary = "The prioritised list as CSV")
    ResponseEntity<byte[]> prioritiesCsv(@RequestParam(defaultValue = "comma") String delimiter) {
        CsvTable.Delimiter separator = delimiter(delimiter);
        return csv("priorities", ForesightCsv.priorities(foresight.priorities()), separator);
    }

    private ResponseEntity<byte[]> csv(String report, CsvTable table, CsvTable.Delimiter delimiter) {
        String filename = "osaava-" + report + "-" + foresight.today() + ".csv";
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(table.toBytes(delimiter));
    }

    private static AreaLevel level(String level) {
        return AreaLevel.of(level).orElseThrow(() -> new InvalidFieldException("level", "is concept or top, not " + level));
    }

    private static CsvTable.Delimiter delimiter(String delimiter) {
        return CsvTable.Delimiter.of(delimiter).orElseThrow(() -> new InvalidFieldException("delimiter",
                "is comma or semicolon, not " + delimiter));
    }

    private static @Nullable Horizon horizon(@Nullable String horizon) {
        if (horizon == null || horizon.isBlank()) {
            return null;
        }
        try {
            return Horizon.valueOf(horizon);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("horizon", "is one of " + List.of(Horizon.values()) + ", not " + horizon);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
