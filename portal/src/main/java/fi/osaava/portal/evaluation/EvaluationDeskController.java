package fi.osaava.portal.evaluation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.ecosystem.DirectoryLabels;
import fi.osaava.portal.desk.DeskEcosystems;
import fi.osaava.portal.desk.EcosystemChoice;
import fi.osaava.portal.members.MembershipDesk;
import fi.osaava.portal.members.Roster;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /desk/evaluation?ecosystem=&provider=&from=&to=}: catalogue-service's evaluation report per offering category
 * (of the whole catalogue: the catalogue keeps no ecosystem per offering) and per education provider of the
 * ecosystem, one provider at a time (the first one unless chosen), as data tables. Three calls a page: the
 * ecosystem's members, the category report, the provider's report.
 */
@Controller
class EvaluationDeskController {

    /**
     * The organisation types membership-service counts as education providers ({@code OrganisationType.kind()});
     * its directory does not say an organisation's kind, so the chooser picks them by type.
     */
    static final List<String> EDUCATION_PROVIDERS = List.of("UNIVERSITY", "UNIVERSITY_OF_APPLIED_SCIENCES",
            "VOCATIONAL_COLLEGE", "PRIVATE_TRAINING_PROVIDER");

    private final DeskEcosystems ecosystems;
    private final MembershipDesk membership;
    private final ServiceApis apis;
    private final DirectoryLabels labels;

    EvaluationDeskController(DeskEcosystems ecosystems, MembershipDesk membership, ServiceApis apis,
                             DirectoryLabels labels) {
        this.ecosystems = ecosystems;
        this.membership = membership;
        this.apis = apis;
        this.labels = labels;
    }

    @GetMapping("/desk/evaluation")
    String page(@RequestParam(required = false) @Nullable String ecosystem,
                @Validated @ModelAttribute("window") ReportWindow window, BindingResult errors,
                Authentication person, Model model, HttpServletResponse response) {
        EcosystemChoice choice = ecosystems.choose(ecosystem, person);
        Roster roster = membership.roster(choice.current().id());
        List<Roster.Row> providers = roster.active(EDUCATION_PROVIDERS);
        model.addAttribute("choice", choice);
        model.addAttribute("labels", labels);
        model.addAttribute("providers", providers);
        model.addAttribute("names", roster.rows().stream().collect(Collectors.toMap(
                row -> row.organisation().id(), row -> row.organisation().name(), (one, other) -> one)));
        if (!errors.hasErrors() && !window.inOrder()) {
            errors.rejectValue("to", "evaluation.window.order");
        }
        String provider = window.provider() != null && !window.provider().isBlank() ? window.provider()
                : providers.stream().findFirst().map(row -> row.organisation().id()).orElse(null);
        model.addAttribute("provider", provider);
        model.addAttribute("providerName", provider == null ? null : providers.stream()
                .filter(row -> row.organisation().id().equals(provider)).findFirst()
                .map(row -> row.organisation().name()).orElse(provider));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return empty(model);
        }
        try {
            CategoryReports categories = apis.of(OsaavaService.CATALOGUE).get()
                    .uri(apis.url(OsaavaService.CATALOGUE, window.query("/api/evaluation-reports/categories")))
                    .retrieve().body(CategoryReports.class);
            model.addAttribute("categories", categories == null ? Map.of() : categories.categories());
            model.addAttribute("report", provider == null ? null : apis.of(OsaavaService.CATALOGUE).get()
                    .uri(apis.url(OsaavaService.CATALOGUE, window.query("/api/evaluation-reports/providers/" + provider)))
                    .retrieve().body(Report.class));
        } catch (ServiceProblem refused) {
            if (refused.status() != 400 && refused.status() != 404) {
                throw refused;
            }
            errors.reject("evaluation.refused", new Object[] {refused.detail() == null ? "" : refused.detail()},
                    "evaluation.refused");
            response.setStatus(refused.status());
            return empty(model);
        }
        return "evaluation/page";
    }

    private static String empty(Model model) {
        model.addAttribute("categories", Map.of());
        model.addAttribute("report", null);
        return "evaluation/page";
    }
}
