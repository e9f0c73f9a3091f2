package fi.osaava.portal.needs;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.reference.ReferenceData;
import fi.osaava.portal.signin.PendingForms;
import fi.osaava.portal.signin.Person;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The needs pages of a signed-in member: the organisation's needs ({@code /my/needs}), reporting one
 * ({@code /my/needs/new}) with the open similar needs beside the form, and a need's page with "we need this too"
 * ({@code /my/needs/{id}}).
 */
@Controller
class NeedsController {

    static final List<String> HORIZONS = List.of("NOW", "WITHIN_A_YEAR", "ONE_TO_THREE_YEARS", "THREE_TO_FIVE_YEARS");
    static final List<String> TARGET_GROUPS = List.of("STAFF", "SUPERVISORS");

    private final Needs needs;
    private final ReferenceData reference;

    NeedsController(Needs needs, ReferenceData reference) {
        this.needs = needs;
        this.reference = reference;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("horizons", HORIZONS);
        model.addAttribute("targetGroups", TARGET_GROUPS);
        model.addAttribute("checkUrl", "/my/needs/check");
    }

    @GetMapping("/my/needs")
    String mine(Authentication authentication, Model model) {
        Person person = person(authentication);
        model.addAttribute("needs", person.organisationId() == null ? List.of() : needs.ofOrganisation(person.organisationId()));
        return "needs/mine";
    }

    /** The region's open needs, for providers looking for what to answer and members looking for what to endorse. */
    @GetMapping("/my/open-needs")
    String open(@org.springframework.web.bind.annotation.RequestParam(required = false)
                @jakarta.validation.constraints.Pattern(regexp = "[a-z0-9-]{1,80}") @org.jspecify.annotations.Nullable String competenceArea,
                @org.springframework.web.bind.annotation.RequestParam(required = false)
                @jakarta.validation.constraints.Pattern(regexp = "[0-9]{2}") @org.jspecify.annotations.Nullable String region,
                Model model) {
        model.addAttribute("needs", needs.open(competenceArea, region));
        model.addAttribute("competenceArea", competenceArea);
        model.addAttribute("region", region);
        return "needs/open";
    }

    @GetMapping("/my/needs/new")
    String form(Model model, HttpServletRequest request) {
        NeedForm form = PendingForms.take(request, "/my/needs/new", NeedForm.class)
                .orElseGet(NeedForm::empty);
        model.addAttribute("form", form);
        model.addAttribute("similar", form.canLookForSimilar() ? needs.similar(form) : List.of());
        return "needs/new";
    }

    /** The similar open needs for what the form says so far (htmx asks as areas, region and group change). */
    @GetMapping("/my/needs/similar")
    String similar(@ModelAttribute("form") NeedForm form, Model model,
                   @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false)
                   @org.jspecify.annotations.Nullable String htmx) {
        model.addAttribute("similar", form.canLookForSimilar() ? needs.similar(form) : List.of());
        model.addAttribute("looked", true);
        // without JavaScript the "look for similar needs" button shows the whole form again, nothing lost
        return "true".equals(htmx) ? "needs/new :: similar" : "needs/new";
    }

    /**
     * Checking as you type: htmx posts the whole form when a field changes, and swaps in that field's error container
     * from the answer. The same checks as sending the form, without asking needs-service.
     */
    @PostMapping("/my/needs/check")
    String check(@org.springframework.web.bind.annotation.RequestParam String field,
                 @Validated @ModelAttribute("form") NeedForm form, BindingResult errors, Model model) {
        if (!NeedForm.FIELDS.contains(field)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        checkTogether(form, errors);
        model.addAttribute("field", field);
        return "fragments/check :: field";
    }

    @PostMapping("/my/needs")
    String report(@Validated @ModelAttribute("form") NeedForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        checkTogether(form, errors);
        if (!errors.hasErrors()) {
            try {
                String id = needs.report(form);
                redirect.addFlashAttribute("reported", true);
                return "redirect:/my/needs/" + id;
            } catch (ServiceProblem refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                refused.fields().forEach(field -> errors.rejectValue(
                        NeedForm.FIELDS.contains(field.field()) ? field.field() : "title", "need.refused",
                        new Object[] {field.message()}, field.message()));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("similar", form.canLookForSimilar() ? needs.similar(form) : List.of());
        return "needs/new";
    }

    @GetMapping("/my/needs/{id}")
    String need(@PathVariable String id, Authentication authentication, Model model, HttpServletRequest request) {
        Need need = needs.get(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Person person = person(authentication);
        model.addAttribute("need", need);
        model.addAttribute("own", need.reportingOrganisationId().equals(person.organisationId()));
        model.addAttribute("endorsed", need.endorsedBy(person.organisationId()));
        // either form sent when the sign-in had run out comes back as it was typed (PendingForms)
        if (!model.containsAttribute("endorsement")) {
            model.addAttribute("endorsement", PendingForms.take(request, "/my/needs/" + id + "/endorsement",
                    EndorsementForm.class).orElseGet(() -> new EndorsementForm(null, null)));
        }
        if (!model.containsAttribute("end")) {
            model.addAttribute("end", PendingForms.take(request, "/my/needs/" + id + "/end", EndForm.class)
                    .orElseGet(() -> new EndForm("close", null)));
        }
        return "needs/need";
    }

    @PostMapping("/my/needs/{id}/endorsement")
    String endorse(@PathVariable String id, @Validated @ModelAttribute("endorsement") EndorsementForm form,
                   BindingResult errors, Authentication authentication, Model model, HttpServletResponse response,
                   RedirectAttributes redirect, HttpServletRequest request) {
        if (!errors.hasErrors()) {
            try {
                needs.endorse(id, form);
                redirect.addFlashAttribute("endorsedNow", true);
                return "redirect:/my/needs/" + id;
            } catch (ServiceProblem refused) {
                if (refused.status() == 404) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                errors.addError(refusal(refused, "endorsement", refused.status() == 409
                        ? "endorsement.refused-because" : "endorsement.refused"));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return need(id, authentication, model, request);
    }

    /** The reporter withdraws or closes its own open need, with a reason. */
    @PostMapping("/my/needs/{id}/end")
    String end(@PathVariable String id, @Validated @ModelAttribute("end") EndForm form, BindingResult errors,
               Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect,
               HttpServletRequest request) {
        if (!errors.hasErrors()) {
            try {
                needs.end(id, form.how(), form.reason());
                redirect.addFlashAttribute("ended", form.how());
                return "redirect:/my/needs/" + id;
            } catch (ServiceProblem refused) {
                if (refused.status() == 404) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                if (refused.status() != 400 && refused.status() != 403 && refused.status() != 409) {
                    throw refused;
                }
                errors.addError(refusal(refused, "end", refused.status() == 409
                        ? "need.end-refused-because" : "need.end-refused"));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return need(id, authentication, model, request);
    }

    /** needs-service's refusal in the person's language; an unknown one as {@code fallback}, with its own words. */
    private static org.springframework.validation.ObjectError refusal(ServiceProblem refused, String form, String fallback) {
        org.springframework.context.MessageSourceResolvable message = fi.osaava.portal.api.Refusals.of(refused,
                org.springframework.context.i18n.LocaleContextHolder.getLocale(), fallback);
        return new org.springframework.validation.ObjectError(form, message.getCodes(), message.getArguments(),
                message.getDefaultMessage());
    }

    /** The rules that join fields. */
    private static void checkTogether(NeedForm form, BindingResult errors) {
        if (form.earliestStart() != null && form.latestStart() != null && form.latestStart().isBefore(form.earliestStart())) {
            errors.rejectValue("latestStart", "need.latest-before-earliest");
        }
    }

    private static Person person(Authentication authentication) {
        return Person.of(authentication).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
