package fi.osaava.portal.foresight;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.reference.ReferenceData;

/**
 * Foresight for the coordinator ({@code /desk/foresight}): the demand and the trend as charts with their tables, two
 * calls to needs-service; and its CSV files through the portal ({@code /desk/foresight/demand.csv},
 * {@code /desk/foresight/trend.csv}), since the browser holds only the portal's session.
 */
@Controller
class ForesightController {

    private final Foresight foresight;
    private final ReferenceData reference;

    ForesightController(Foresight foresight, ReferenceData reference) {
        this.foresight = foresight;
        this.reference = reference;
    }

    @GetMapping("/desk/foresight")
    String page(@Validated @ModelAttribute("filter") ForesightFilter filter, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("reference", reference);
        model.addAttribute("horizons", DemandChart.HORIZONS);
        try {
            model.addAttribute("demand", DemandChart.of(foresight.demand(filter)));
            model.addAttribute("trend", TrendChart.of(foresight.trend(filter)));
        } catch (ServiceProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            // a region needs-service does not know
            model.addAttribute("filterRefused", true);
            model.addAttribute("demand", DemandChart.of(new Reports.Demand(filter.levelOrDefault(), null, null)));
            model.addAttribute("trend", TrendChart.of(new Reports.Trend(null, null, null)));
        }
        for (String report : List.of("demand", "trend")) {
            model.addAttribute(report + "Csv", filter.csv(report, "comma"));
            model.addAttribute(report + "CsvSemicolon", filter.csv(report, "semicolon"));
        }
        return "foresight/page";
    }

    @GetMapping("/desk/foresight/{report:demand|trend}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String report, @Validated @ModelAttribute("filter") ForesightFilter filter,
                               BindingResult errors, @RequestParam(defaultValue = "comma") String delimiter) {
        if (errors.hasErrors() || !List.of("comma", "semicolon").contains(delimiter)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        ResponseEntity<byte[]> csv = foresight.csv(report, filter, delimiter);
        HttpHeaders headers = new HttpHeaders();
        MediaType type = csv.getHeaders().getContentType();
        headers.setContentType(type == null ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : type);
        String disposition = csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        headers.set(HttpHeaders.CONTENT_DISPOSITION,
                disposition == null ? "attachment; filename=\"osaava-" + report + ".csv\"" : disposition);
        return new ResponseEntity<>(csv.getBody(), headers, HttpStatus.OK);
    }
}
