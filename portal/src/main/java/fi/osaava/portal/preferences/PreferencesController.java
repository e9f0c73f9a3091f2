package fi.osaava.portal.preferences;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.reference.ReferenceData;
import fi.osaava.portal.signin.PendingForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /my/preferences}: the alerts that come to the signed-in person's own address (notification-service's
 * {@code /api/my/subscriptions}, found by the address their token names), one at a time in a form; the person
 * chooses topics, areas, regions, cadence and language, or stops and takes the alerts again. The service's refusals
 * come back beside the fields.
 */
@Controller
class PreferencesController {

    private static final List<String> FIELDS = List.of("topics", "competenceAreas", "regions", "cadence", "language");

    private final ServiceApis apis;
    private final ReferenceData reference;

    PreferencesController(ServiceApis apis, ReferenceData reference) {
        this.apis = apis;
        this.reference = reference;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
    }

    @GetMapping("/my/preferences")
    String page(@RequestParam(required = false) @Nullable String subscription, Model model,
                HttpServletRequest request) {
        List<MySubscription> mine = mine();
        Optional<MySubscription> selected = mine.stream().filter(s -> s.id().equals(subscription)).findFirst()
                .or(() -> mine.stream().findFirst());
        model.addAttribute("subscriptions", mine);
        selected.ifPresent(chosen -> {
            model.addAttribute("selected", chosen);
            model.addAttribute("form", PendingForms.take(request, action(chosen.id()), PreferencesForm.class)
                    .orElseGet(() -> PreferencesForm.of(chosen)));
        });
        return "preferences/page";
    }

    @PostMapping("/my/preferences/{id}")
    String save(@PathVariable String id, @Validated @ModelAttribute("form") PreferencesForm form, BindingResult errors,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                apis.of(OsaavaService.NOTIFICATION).put().uri("/api/my/subscriptions/{id}", id)
                        .body(form.toRequest()).retrieve().toBodilessEntity();
                redirect.addFlashAttribute("saved", true);
                return redirectTo(id);
            } catch (ServiceProblem refused) {
                if (refused.status() == 404) {
                    redirect.addFlashAttribute("gone", true);
                    return "redirect:/my/preferences";
                }
                if (refused.status() != 400) {
                    throw refused;
                }
                refused.fields().forEach(field -> {
                    if (FIELDS.contains(field.field())) {
                        errors.rejectValue(field.field(), "preferences.refused", new Object[] {field.message()},
                                field.message());
                    } else {
                        errors.reject("preferences.refused", new Object[] {field.message()}, field.message());
                    }
                });
                if (refused.fields().isEmpty()) {
                    errors.reject("preferences.refused.form");
                }
            }
        }
        List<MySubscription> mine = mine();
        Optional<MySubscription> selected = mine.stream().filter(s -> s.id().equals(id)).findFirst();
        if (selected.isEmpty()) {
            redirect.addFlashAttribute("gone", true);
            return "redirect:/my/preferences";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("subscriptions", mine);
        model.addAttribute("selected", selected.get());
        return "preferences/page";
    }

    @PostMapping("/my/preferences/{id}/unsubscribe")
    String unsubscribe(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, "unsubscribe", "unsubscribed", redirect);
    }

    @PostMapping("/my/preferences/{id}/resubscribe")
    String resubscribe(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, "resubscribe", "resubscribed", redirect);
    }

    private String act(String id, String action, String done, RedirectAttributes redirect) {
        try {
            apis.of(OsaavaService.NOTIFICATION).post().uri("/api/my/subscriptions/{id}/{action}", id, action)
                    .retrieve().toBodilessEntity();
            redirect.addFlashAttribute(done, true);
        } catch (ServiceProblem refused) {
            if (refused.status() != 404) {
                throw refused;
            }
            redirect.addFlashAttribute("gone", true);
            return "redirect:/my/preferences";
        }
        return redirectTo(id);
    }

    private List<MySubscription> mine() {
        MySubscription[] found = apis.of(OsaavaService.NOTIFICATION).get().uri("/api/my/subscriptions")
                .retrieve().body(MySubscription[].class);
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** Where the form of one subscription is sent, and so where its fields wait while the person signs in again. */
    static String action(String id) {
        return UriComponentsBuilder.fromPath("/my/preferences/{id}").buildAndExpand(id).encode().toUriString();
    }

    private static String redirectTo(String id) {
        return "redirect:" + UriComponentsBuilder.fromPath("/my/preferences").queryParam("subscription", "{id}")
                .buildAndExpand(id).encode().toUriString();
    }
}
