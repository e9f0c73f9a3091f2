package fi.osaava.portal.offerings;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.osaava.portal.api.Refusals;
import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An education provider publishes an offering ({@code /my/offerings/new}); coming from a need's page
 * ({@code ?need=…&area=…&region=…&group=…}) the form starts from the need, and the published offering answers it.
 */
@Controller
class OfferingsController {

    private final Offerings offerings;
    private final fi.osaava.portal.tray.Tray tray;
    private final ReferenceData reference;
    private final MessageSource messages;

    OfferingsController(Offerings offerings, fi.osaava.portal.tray.Tray tray, ReferenceData reference,
                        MessageSource messages) {
        this.offerings = offerings;
        this.tray = tray;
        this.reference = reference;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("checkUrl", "/my/offerings/check");
    }

    /** The organisation's own offerings, each published one with "withdraw". */
    @GetMapping("/my/offerings")
    String mine(org.springframework.security.core.Authentication authentication, Model model) {
        String organisation = organisationOf(authentication);
        model.addAttribute("offerings", organisation == null ? List.of() : offerings.ofOrganisation(organisation));
        return "offerings/mine";
    }

    @PostMapping("/my/offerings/{id}/withdraw")
    String withdraw(@org.springframework.web.bind.annotation.PathVariable String id,
                    @RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            redirect.addFlashAttribute("withdrawError", id);
            return "redirect:/my/offerings";
        }
        try {
            offerings.withdraw(id, reason);
            redirect.addFlashAttribute("withdrawn", id);
        } catch (ServiceProblem refused) {
            if (refused.status() != 404 && refused.status() != 409 && refused.status() != 400) {
                throw refused;
            }
            redirect.addFlashAttribute("withdrawError", id);
        }
        return "redirect:/my/offerings";
    }

    /** The organisation's own offering in the publishing form; another's is a 404 (catalogue-service decides). */
    @GetMapping("/my/offerings/{id}/edit")
    String edit(@org.springframework.web.bind.annotation.PathVariable String id, Model model,
                org.springframework.security.core.Authentication authentication,
                jakarta.servlet.http.HttpServletRequest request) {
        String organisation = organisationOf(authentication);
        fi.osaava.portal.tray.Offering offering = tray.offering(id)
                .filter(found -> found.providerOrganisationId().equals(organisation))
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", fi.osaava.portal.signin.PendingForms.take(
                request, "/my/offerings/" + id + "/edit", OfferingForm.class).orElseGet(() -> OfferingForm.of(offering))
                .withLinkRows());
        model.addAttribute("editing", id);
        return "offerings/new";
    }

    @PostMapping("/my/offerings/{id}")
    String update(@org.springframework.web.bind.annotation.PathVariable String id,
                  @Validated @ModelAttribute("form") OfferingForm form, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        checkTogether(form, errors);
        if (!errors.hasErrors()) {
            try {
                offerings.update(id, form);
                redirect.addFlashAttribute("updated", true);
                return "redirect:/tray/" + id;
            } catch (ServiceProblem refused) {
                if (refused.status() == 404) {
                    throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                mapRefusal(form, refused, errors);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("editing", id);
        return showAgain(form, errors, model);
    }

    @GetMapping("/my/offerings/new")
    String form(@RequestParam(required = false) @Nullable String need,
                @RequestParam(name = "area", required = false) @Nullable List<String> areas,
                @RequestParam(name = "region", required = false) @Nullable List<String> regions,
                @RequestParam(name = "group", required = false) @Nullable List<String> groups, Model model,
                jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("form", fi.osaava.portal.signin.PendingForms.take(request, "/my/offerings/new", OfferingForm.class)
                .orElseGet(() -> OfferingForm.forNeed(need, areas == null ? List.of() : areas,
                        regions == null ? List.of() : regions, groups == null ? List.of("STAFF") : groups))
                .withLinkRows());
        return "offerings/new";
    }

    @PostMapping("/my/offerings")
    String publish(@Validated @ModelAttribute("form") OfferingForm form, BindingResult errors, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        checkTogether(form, errors);
        if (!errors.hasErrors()) {
            try {
                String id = offerings.publish(form);
                if (form.answersNeed() != null) {
                    try {
                        offerings.answer(form.answersNeed(), id, messages.getMessage("offering.answer-message", null,
                                LocaleContextHolder.getLocale()));
                        redirect.addFlashAttribute("answered", true);
                    } catch (ServiceProblem refused) {
                        // the offering is published; only the answer is missing, and the need's page says so
                        redirect.addFlashAttribute("answerFailed", id);
                    }
                    return "redirect:/my/needs/" + form.answersNeed();
                }
                return "redirect:/tray/" + id;
            } catch (ServiceProblem refused) {
                if (refused.status() != 400 && refused.status() != 409) {
                    throw refused;
                }
                mapRefusal(form, refused, errors);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return showAgain(form, errors, model);
    }

    /**
     * Checking as you type: htmx posts the whole form when a field changes, and swaps in that field's error container
     * from the answer. The same checks as sending the form, without asking the catalogue.
     */
    @PostMapping("/my/offerings/check")
    String check(@RequestParam String field, @Validated @ModelAttribute("form") OfferingForm form, BindingResult errors,
                 Model model) {
        if (!CHECKED_FIELDS.matcher(field).matches()) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        checkTogether(form, errors);
        model.addAttribute("field", field);
        return "fragments/check :: field";
    }

    /** The form's fields by name (a link row's by its index): the only names a check may render. */
    private static final java.util.regex.Pattern CHECKED_FIELDS = java.util.regex.Pattern.compile(
            java.util.Arrays.stream(OfferingForm.class.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.joining("|"))
                    + "|attachments\\[\\d{1,2}]\\.(title|url)");

    /** The rules that join fields and are cheap to check here (the catalogue checks them again). */
    private static void checkTogether(OfferingForm form, BindingResult errors) {
        if (!form.hasTitle()) {
            errors.rejectValue("titleFi", "offering.title-required");
        }
        if (form.startsAt() != null && form.endsAt() != null && form.endsAt().isBefore(form.startsAt())) {
            errors.rejectValue("endsAt", "offering.ends-before-start");
        }
        // the catalogue's rules that join fields (OfferingRules), checked here too so that the person reads them
        // in their own language beside the field; the catalogue still decides, and its refusals land here as well
        if (form.registrationDeadline() != null && form.startsAt() != null
                && form.registrationDeadline().isAfter(form.startsAt())) {
            errors.rejectValue("registrationDeadline", "offering.deadline-after-start");
        }
        if ("PAID".equals(form.pricing()) && form.priceEur() == null && !errors.hasFieldErrors("priceEur")) {
            errors.rejectValue("priceEur", "offering.price-required");
        }
        if (form.pricing() != null && !"PAID".equals(form.pricing()) && form.priceEur() != null) {
            errors.rejectValue("priceEur", "offering.price-only-paid");
        }
        if ("FUNDED".equals(form.pricing())) {
            if (form.capacity() == null && !errors.hasFieldErrors("capacity")) {
                errors.rejectValue("capacity", "offering.funded-capacity");
            }
            if (form.registrationDeadline() == null && !errors.hasFieldErrors("registrationDeadline")) {
                errors.rejectValue("registrationDeadline", "offering.funded-deadline");
            }
        }
        if (form.deliveryMode() != null && !"ONLINE".equals(form.deliveryMode())
                && (form.place() == null || form.place().isBlank())) {
            errors.rejectValue("place", "offering.place-required");
        }
        if ("ON_SITE".equals(form.deliveryMode()) && form.onlineUrl() != null && !form.onlineUrl().isBlank()) {
            errors.rejectValue("onlineUrl", "offering.online-url-not-on-site");
        }
        List<OfferingForm.@Nullable Link> rows = form.attachments() == null ? List.of() : form.attachments();
        for (int i = 0; i < rows.size(); i++) {
            OfferingForm.Link row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            if (row.title() == null || row.title().isBlank()) {
                errors.rejectValue("attachments[" + i + "].title", "offering.link.title-required");
            }
            if (row.url() == null || row.url().isBlank()) {
                errors.rejectValue("attachments[" + i + "].url", "offering.link.url-required");
            }
        }
        if (form.links().size() > OfferingForm.MOST_LINKS) {
            errors.rejectValue("attachments", "offering.link.too-many", new Object[] {OfferingForm.MOST_LINKS}, null);
        }
    }

    /**
     * The catalogue's refusal, beside the fields it names (its names mapped onto the form's, a link's index onto the
     * row it came from); a name the form does not have is said above the form.
     */
    private static void mapRefusal(OfferingForm form, ServiceProblem refused, BindingResult errors) {
        refused.fields().forEach(field -> form.formField(field.field()).ifPresentOrElse(
                name -> errors.rejectValue(name, "need.refused", new Object[] {field.message()}, field.message()),
                () -> errors.reject("need.refused", new Object[] {field.message()}, field.message())));
        if (refused.status() == 409) {
            // the provider's own id is the one thing of a new offering that can clash with what is stored
            Locale locale = LocaleContextHolder.getLocale();
            org.springframework.context.MessageSourceResolvable said = Refusals.of(refused, locale, "offering.refused-because");
            if (form.externalId() != null && !form.externalId().isBlank()
                    && "refusal.offering.same-identity".equals(said.getCodes()[0])) {
                errors.rejectValue("externalId", "refusal.offering.same-identity");
            } else {
                errors.addError(new org.springframework.validation.ObjectError("form", said.getCodes(),
                        said.getArguments(), said.getDefaultMessage()));
            }
        } else if (refused.fields().isEmpty()) {
            errors.reject("offering.refused");
        }
    }

    /** The form again with its errors, with empty link rows to fill (the rows sent keep their places). */
    private static String showAgain(OfferingForm form, BindingResult errors, Model model) {
        OfferingForm shown = form.withLinkRows();
        if (!shown.equals(form)) {
            org.springframework.validation.BeanPropertyBindingResult again =
                    new org.springframework.validation.BeanPropertyBindingResult(shown, "form");
            again.addAllErrors(errors);
            model.addAttribute("form", shown);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", again);
        }
        return "offerings/new";
    }

    private static @Nullable String organisationOf(org.springframework.security.core.Authentication authentication) {
        return fi.osaava.portal.signin.Person.of(authentication).map(fi.osaava.portal.signin.Person::organisationId)
                .orElse(null);
    }
}
