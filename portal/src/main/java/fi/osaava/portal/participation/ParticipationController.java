package fi.osaava.portal.participation;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.osaava.portal.api.Refusals;
import fi.osaava.portal.api.ServiceProblem;

/**
 * The forms on an offering's page: seats ({@code /my/offerings/{id}/pre-registration}, {@code …/commit},
 * {@code …/cancel}) and feedback ({@code /my/offerings/{id}/feedback}). Each goes back to the offering's page with
 * what happened; catalogue-service's refusal (no seats left, after the deadline, not ended yet …) is shown there in
 * the person's language.
 */
@Controller
class ParticipationController {

    private final Participation participation;
    private final MessageSource messages;

    ParticipationController(Participation participation, MessageSource messages) {
        this.participation = participation;
        this.messages = messages;
    }

    @PostMapping("/my/offerings/{id}/pre-registration")
    String preRegister(@PathVariable String id, @RequestParam(required = false) @Nullable Integer seats,
                       @RequestParam(defaultValue = "false") boolean change, RedirectAttributes redirect) {
        if (seats == null || seats < 1 || seats > 1000) {
            return back(id, redirect, "participation.seats-invalid");
        }
        return attempt(id, redirect, change ? "participation.changed" : "participation.registered",
                () -> participation.preRegister(id, seats, change));
    }

    @PostMapping("/my/offerings/{id}/pre-registration/commit")
    String commit(@PathVariable String id, RedirectAttributes redirect) {
        return attempt(id, redirect, "participation.committed", () -> participation.commit(id));
    }

    @PostMapping("/my/offerings/{id}/pre-registration/cancel")
    String cancel(@PathVariable String id, RedirectAttributes redirect) {
        return attempt(id, redirect, "participation.cancelled", () -> participation.cancel(id));
    }

    @PostMapping("/my/offerings/{id}/feedback")
    String feedback(@PathVariable String id, @Validated @ModelAttribute("feedback") FeedbackForm form,
                    BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return back(id, redirect, "participation.feedback-invalid");
        }
        return attempt(id, redirect, "participation.feedback-saved", () -> participation.feedback(id, form));
    }

    private String attempt(String id, RedirectAttributes redirect, String done, Runnable call) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        try {
            call.run();
            redirect.addFlashAttribute("participationDone", done);
        } catch (ServiceProblem refused) {
            if (refused.status() == 404) {
                return back(id, redirect, "participation.none");
            }
            if (refused.status() != 400 && refused.status() != 403 && refused.status() != 409) {
                throw refused;
            }
            // in the person's language when the refusal is a known one (no seats left …), else in the service's words
            redirect.addFlashAttribute("participationRefused", messages.getMessage(
                    Refusals.of(refused, locale, "participation.refused"), locale));
        }
        return "redirect:/tray/" + id;
    }

    private static String back(String id, RedirectAttributes redirect, String problem) {
        redirect.addFlashAttribute("participationProblem", problem);
        return "redirect:/tray/" + id;
    }
}
