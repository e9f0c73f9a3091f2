package fi.osaava.portal.meetings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /desk/meetings}: an ecosystem's meetings (upcoming first, past below), scheduling one, and a meeting's
 * page where each step membership-service offers is a small form. A step it refuses comes back beside its form in
 * the person's language ({@link MeetingRefusals}).
 */
@Controller
class MeetingsController {

    private final DeskEcosystems ecosystems;
    private final Meetings meetings;
    private final MessageSource messages;

    MeetingsController(DeskEcosystems ecosystems, Meetings meetings, MessageSource messages) {
        this.ecosystems = ecosystems;
        this.meetings = meetings;
        this.messages = messages;
    }

    /** Two calls: the ecosystems, the ecosystem's meetings. */
    @GetMapping("/desk/meetings")
    String list(@RequestParam(required = false) @Nullable String ecosystem, Authentication authentication,
                Model model) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        OffsetDateTime now = OffsetDateTime.now();
        List<Meeting> all = meetings.all(chosen.id());
        List<Meeting> past = new ArrayList<>(all.stream().filter(meeting -> !meeting.upcoming(now)).toList());
        past.sort(Comparator.comparing(Meeting::startsAt).reversed());
        model.addAttribute("upcoming", all.stream().filter(meeting -> meeting.upcoming(now))
                .sorted(Comparator.comparing(Meeting::startsAt)).toList());
        model.addAttribute("past", past);
        return "meetings/list";
    }

    @GetMapping("/desk/meetings/new")
    String newMeeting(@RequestParam(required = false) @Nullable String ecosystem, Authentication authentication,
                      Model model) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        model.addAttribute("form", MeetingForm.empty());
        model.addAttribute("actors", ecosystems.coreActors(chosen.id()));
        return "meetings/new";
    }

    @PostMapping("/desk/meetings/new")
    String schedule(@RequestParam(required = false) @Nullable String ecosystem,
                    @Validated @ModelAttribute("form") MeetingForm form, BindingResult errors,
                    Authentication authentication, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        form.checkTogether(errors);
        if (!errors.hasErrors()) {
            try {
                Meeting scheduled = meetings.schedule(chosen.id(), form.toRequest());
                redirect.addFlashAttribute("done", "gov.meeting.done.scheduled");
                return "redirect:" + meetingUrl(chosen, scheduled.meetingId());
            } catch (ServiceProblem refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                refused.fields().forEach(field -> errors.rejectValue(MeetingForm.fieldOf(field.field()),
                        "gov.meetings.refused." + MeetingForm.fieldOf(field.field()), new Object[] {field.message()},
                        field.message()));
                if (refused.fields().isEmpty()) {
                    errors.reject("gov.meetings.refused-all");
                }
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("actors", ecosystems.coreActors(chosen.id()));
        return "meetings/new";
    }

    /** Three calls: the ecosystems, the meeting, the ecosystem's core actors (who proposed, who chairs). */
    @GetMapping("/desk/meetings/{meetingId}")
    String meeting(@PathVariable String meetingId, @RequestParam(required = false) @Nullable String ecosystem,
                   Authentication authentication, Model model) {
        return page(choose(ecosystem, authentication, model), meetingId, model);
    }

    @PostMapping("/desk/meetings/{meetingId}/agenda-items")
    String addItem(@PathVariable String meetingId, @RequestParam(required = false) @Nullable String ecosystem,
                   @Validated @ModelAttribute("itemForm") AgendaItemForm form, BindingResult errors,
                   Authentication authentication, Model model, HttpServletResponse response, Locale locale,
                   RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        if (errors.hasErrors()) {
            return refusedPage(chosen, meetingId, model, response, HttpStatus.BAD_REQUEST);
        }
        return step(chosen, meetingId, "item", () -> meetings.act(chosen.id(), meetingId, "/agenda-items",
                form.toRequest()), "gov.meeting.done.item", model, response, locale, redirect);
    }

    @PostMapping("/desk/meetings/{meetingId}/proposals/{proposalId}/accept")
    String accept(@PathVariable String meetingId, @PathVariable String proposalId,
                  @RequestParam(required = false) @Nullable String ecosystem, Authentication authentication,
                  Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        return step(chosen, meetingId, "proposal-" + proposalId, () -> meetings.act(chosen.id(), meetingId,
                        "/agenda-proposals/{proposalId}/accept", Map.of(), proposalId), "gov.meeting.done.accepted",
                model, response, locale, redirect);
    }

    @PostMapping("/desk/meetings/{meetingId}/proposals/{proposalId}/decline")
    String decline(@PathVariable String meetingId, @PathVariable String proposalId,
                   @RequestParam(required = false) @Nullable String ecosystem,
                   @Validated @ModelAttribute("declineForm") ReasonForm form, BindingResult errors,
                   Authentication authentication, Model model, HttpServletResponse response, Locale locale,
                   RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        if (errors.hasErrors()) {
            model.addAttribute("declining", proposalId);
            model.addAttribute("declineError", messages.getMessage("gov.meeting.reason.needed", null, locale));
            return refusedPage(chosen, meetingId, model, response, HttpStatus.BAD_REQUEST);
        }
        return step(chosen, meetingId, "proposal-" + proposalId, () -> meetings.act(chosen.id(), meetingId,
                        "/agenda-proposals/{proposalId}/decline", form.toRequest(), proposalId),
                "gov.meeting.done.declined", model, response, locale, redirect);
    }

    @PostMapping("/desk/meetings/{meetingId}/publish-agenda")
    String publish(@PathVariable String meetingId, @RequestParam(required = false) @Nullable String ecosystem,
                   Authentication authentication, Model model, HttpServletResponse response, Locale locale,
                   RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        return step(chosen, meetingId, "publish", () -> meetings.act(chosen.id(), meetingId, "/publish-agenda",
                Map.of()), "gov.meeting.done.published", model, response, locale, redirect);
    }

    /**
     * The decisions: one text per agenda item ({@code decision-<itemId>}) and one on the meeting as a whole
     * ({@code decision}); the blank ones are not sent, and at least one is needed.
     */
    @PostMapping("/desk/meetings/{meetingId}/decisions")
    String decide(@PathVariable String meetingId, @RequestParam(required = false) @Nullable String ecosystem,
                  HttpServletRequest request, Authentication authentication, Model model,
                  HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        List<Map<String, Object>> decisions = new ArrayList<>();
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            String text = values.length == 0 || values[0] == null ? "" : values[0].strip();
            if ((name.equals("decision") || name.startsWith("decision-")) && !text.isEmpty()) {
                typed.put(name, text);
                Map<String, Object> decision = new LinkedHashMap<>();
                decision.put("agendaItemId", name.equals("decision") ? null : name.substring("decision-".length()));
                decision.put("text", text.length() > 4000 ? text.substring(0, 4000) : text);
                decisions.add(decision);
            }
        });
        if (decisions.isEmpty()) {
            model.addAttribute("refused", "decisions");
            model.addAttribute("refusal", messages.getMessage("gov.meeting.decisions.needed", null, locale));
            return refusedPage(chosen, meetingId, model, response, HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("typedDecisions", typed);
        return step(chosen, meetingId, "decisions", () -> meetings.act(chosen.id(), meetingId, "/decisions",
                Map.of("decisions", decisions)), "gov.meeting.done.decided", model, response, locale, redirect);
    }

    @PostMapping("/desk/meetings/{meetingId}/cancel")
    String cancel(@PathVariable String meetingId, @RequestParam(required = false) @Nullable String ecosystem,
                  @Validated @ModelAttribute("cancelForm") ReasonForm form, BindingResult errors,
                  Authentication authentication, Model model, HttpServletResponse response, Locale locale,
                  RedirectAttributes redirect) {
        DeskEcosystem chosen = choose(ecosystem, authentication, model);
        if (errors.hasErrors()) {
            return refusedPage(chosen, meetingId, model, response, HttpStatus.BAD_REQUEST);
        }
        return step(chosen, meetingId, "cancel", () -> meetings.act(chosen.id(), meetingId, "/cancel",
                form.toRequest()), "gov.meeting.done.cancelled", model, response, locale, redirect);
    }

    /**
     * One step on the meeting, then back to its page with what was done; a refusal (400, 404, 409) is the meeting's
     * page again with the refusal beside the step's form ({@code refused} names it). A 403 is the forbidden page.
     */
    private String step(DeskEcosystem chosen, String meetingId, String action, Runnable call, String done,
                        Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        try {
            call.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:" + meetingUrl(chosen, meetingId);
        } catch (ServiceProblem refused) {
            if (refused.status() != 400 && refused.status() != 404 && refused.status() != 409) {
                throw refused;
            }
            model.addAttribute("refused", action);
            model.addAttribute("refusal", messages.getMessage(MeetingRefusals.of(refused), locale));
            return refusedPage(chosen, meetingId, model, response,
                    refused.status() == 400 ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT);
        }
    }

    private String refusedPage(DeskEcosystem chosen, String meetingId, Model model, HttpServletResponse response,
                               HttpStatus status) {
        String page = page(chosen, meetingId, model);
        response.setStatus(status.value());
        return page;
    }

    private String page(DeskEcosystem chosen, String meetingId, Model model) {
        try {
            model.addAttribute("meeting", meetings.get(chosen.id(), meetingId));
        } catch (ServiceProblem refused) {
            if (refused.isNotFound()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            throw refused;
        }
        model.addAttribute("actors", ecosystems.coreActors(chosen.id()));
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", AgendaItemForm.empty());
        }
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", ReasonForm.empty());
        }
        if (!model.containsAttribute("typedDecisions")) {
            model.addAttribute("typedDecisions", Map.of());
        }
        return "meetings/meeting";
    }

    private DeskEcosystem choose(@Nullable String requested, Authentication authentication, Model model) {
        EcosystemChoice choice = ecosystems.choose(requested, authentication);
        model.addAttribute("choice", choice);
        model.addAttribute("ecosystem", choice.current());
        return choice.current();
    }

    private static String meetingUrl(DeskEcosystem chosen, String meetingId) {
        return "/desk/meetings/" + meetingId + "?ecosystem=" + chosen.id();
    }
}
