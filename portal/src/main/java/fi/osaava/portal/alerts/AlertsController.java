package fi.osaava.portal.alerts;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.language.Languages;
import fi.osaava.portal.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /my/alerts}: what the organisation is alerted about and how. notification-service decides what is valid
 * (a known area, a reachable address …); its refusals come back beside the fields.
 */
@Controller
class AlertsController {

    private static final List<String> FIELDS =
            List.of("name", "topics", "competenceAreas", "regions", "targetGroups", "address", "cadence", "language");

    private final ServiceApis apis;
    private final ReferenceData reference;

    AlertsController(ServiceApis apis, ReferenceData reference) {
        this.apis = apis;
        this.reference = reference;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("topics", SubscriptionForm.TOPICS);
    }

    @GetMapping("/my/alerts")
    String page(Model model, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("form", fi.osaava.portal.signin.PendingForms.take(request, "/my/alerts", SubscriptionForm.class)
                .orElseGet(() -> SubscriptionForm.empty(Languages.current())));
        model.addAttribute("subscriptions", subscriptions());
        return "alerts/page";
    }

    @PostMapping("/my/alerts")
    String subscribe(@Validated @ModelAttribute("form") SubscriptionForm form, BindingResult errors, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                apis.of(OsaavaService.NOTIFICATION).post().uri("/api/subscriptions").body(form.toRequest())
                        .retrieve().toBodilessEntity();
                redirect.addFlashAttribute("subscribed", true);
                return "redirect:/my/alerts";
            } catch (ServiceProblem refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                refused.fields().forEach(field -> errors.rejectValue(
                        FIELDS.contains(field.field()) ? field.field() : "address", "need.refused",
                        new Object[] {field.message()}, field.message()));
                if (refused.fields().isEmpty()) {
                    errors.reject("alerts.refused");
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("subscriptions", subscriptions());
        return "alerts/page";
    }

    @PostMapping("/my/alerts/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        try {
            apis.of(OsaavaService.NOTIFICATION).delete().uri("/api/subscriptions/{id}", id).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("deleted", true);
        } catch (ServiceProblem refused) {
            if (refused.status() != 404 && refused.status() != 409 && refused.status() != 400) {
                throw refused;
            }
            redirect.addFlashAttribute("deleteError", true);
        }
        return "redirect:/my/alerts";
    }

    private List<Subscription> subscriptions() {
        Subscription[] found = apis.of(OsaavaService.NOTIFICATION).get().uri("/api/subscriptions?size=200")
                .retrieve().body(Subscription[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }
}
