package fi.osaava.portal.clock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.desk.DeskEcosystem;
import fi.osaava.portal.desk.DeskEcosystems;
import fi.osaava.portal.desk.EcosystemChoice;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /desk/clock}: an ecosystem's annual clock as a wheel with the same entries as a list beside it, and its
 * entries added, changed and retired. membership-service computes when each entry comes round and decides what an
 * entry may be; the page draws and lists what it answers.
 */
@Controller
class ClockController {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final DeskEcosystems ecosystems;
    private final AnnualClock clock;

    ClockController(DeskEcosystems ecosystems, AnnualClock clock) {
        this.ecosystems = ecosystems;
        this.clock = clock;
    }

    /** The wheel and the list: the ecosystems, the occurrences around today (two calls, rarely three), the core actors. */
    @GetMapping("/desk/clock")
    String page(@RequestParam(required = false) @Nullable String ecosystem, Authentication authentication,
                Model model, Locale locale) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        LocalDate today = LocalDate.now(HELSINKI);
        List<ClockEntry> entries = ClockEntry.from(clock.around(chosen.id(), today), today);
        model.addAttribute("today", today);
        model.addAttribute("todayText", ClockEntry.date(today, locale));
        model.addAttribute("entries", entries);
        model.addAttribute("wheel", ClockWheel.of(entries, today));
        model.addAttribute("actors", ecosystems.coreActors(chosen.id()));
        return "clock/page";
    }

    @GetMapping("/desk/clock/new")
    String newEntry(@RequestParam(required = false) @Nullable String ecosystem, Authentication authentication,
                    Model model) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        model.addAttribute("form", EntryForm.empty());
        return form(chosen, null, model);
    }

    @PostMapping("/desk/clock/new")
    String add(@RequestParam(required = false) @Nullable String ecosystem,
               @Validated @ModelAttribute("form") EntryForm form, BindingResult errors, Authentication authentication,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        if (!errors.hasErrors()) {
            try {
                clock.add(chosen.id(), form.toRequest());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/desk/clock?ecosystem=" + chosen.id();
            } catch (ServiceProblem refused) {
                refusedFields(refused, errors, response);
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return form(chosen, null, model);
    }

    @GetMapping("/desk/clock/{entryId}/edit")
    String edit(@PathVariable String entryId, @RequestParam(required = false) @Nullable String ecosystem,
                Authentication authentication, Model model) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        Entry entry = entry(chosen.id(), entryId);
        model.addAttribute("form", EntryForm.of(entry));
        return form(chosen, entry, model);
    }

    @PostMapping("/desk/clock/{entryId}/edit")
    String change(@PathVariable String entryId, @RequestParam(required = false) @Nullable String ecosystem,
                  @Validated @ModelAttribute("form") EntryForm form, BindingResult errors,
                  Authentication authentication, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        if (!errors.hasErrors()) {
            try {
                clock.change(chosen.id(), entryId, form.toRequest());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/desk/clock?ecosystem=" + chosen.id();
            } catch (ServiceProblem refused) {
                refusedFields(refused, errors, response);
            }
        }
        if (response.getStatus() < 400) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return form(chosen, entry(chosen.id(), entryId), model);
    }

    @PostMapping("/desk/clock/{entryId}/retire")
    String retire(@PathVariable String entryId, @RequestParam(required = false) @Nullable String ecosystem,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        try {
            clock.retire(chosen.id(), entryId);
            redirect.addFlashAttribute("retired", true);
        } catch (ServiceProblem refused) {
            if (refused.status() != 404 && refused.status() != 409) {
                throw refused;
            }
            redirect.addFlashAttribute("retireRefused", true);
        }
        return "redirect:/desk/clock?ecosystem=" + chosen.id();
    }

    private DeskEcosystem choose(@Nullable String requested, Authentication authentication, Model model) {
        EcosystemChoice choice = ecosystems.choose(requested, authentication);
        model.addAttribute("choice", choice);
        model.addAttribute("ecosystem", choice.current());
        return choice.current();
    }

    private String form(DeskEcosystem chosen, @Nullable Entry entry, Model model) {
        Map<String, String> actors = ecosystems.coreActors(chosen.id());
        model.addAttribute("actors", actors);
        model.addAttribute("entry", entry);
        return "clock/entry";
    }

    private Entry entry(String ecosystemId, String entryId) {
        try {
            return clock.entry(ecosystemId, entryId);
        } catch (ServiceProblem refused) {
            if (refused.isNotFound()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            throw refused;
        }
    }

    /**
     * membership-service's refusal beside the form's fields: a 400's fields each beside its own (in the person's
     * language, {@code gov.clock.refused.<field>}), a 409 (a retired entry) above the form. Another status is not
     * the form's to show.
     */
    private static void refusedFields(ServiceProblem refused, BindingResult errors, HttpServletResponse response) {
        if (refused.status() == 409) {
            errors.reject("gov.clock.refused.retired");
            response.setStatus(HttpStatus.CONFLICT.value());
            return;
        }
        if (refused.status() != 400) {
            throw refused;
        }
        refused.fields().forEach(field -> errors.rejectValue(EntryForm.fieldOf(field.field()), "gov.clock.refused",
                new Object[] {field.message()}, field.message()));
        if (refused.fields().isEmpty()) {
            errors.reject("gov.clock.refused-all");
        }
    }
}
