package fi.osaava.portal.members;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.ecosystem.DirectoryLabels;
import fi.osaava.portal.desk.DeskEcosystems;
import fi.osaava.portal.desk.EcosystemChoice;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /desk/members?ecosystem=}: the organisations taking part in the ecosystem by ring (core, middle, outer), each
 * with its status there; an active one is suspended with a reason, a suspended one reinstated, as membership-service
 * requires. The outcome comes back as a message on the list; a refusal beside the row's form.
 */
@Controller
class DirectoryDeskController {

    private final DeskEcosystems ecosystems;
    private final MembershipDesk membership;
    private final MemberRefusals refusals;
    private final DirectoryLabels labels;
    private final MessageSource messages;

    DirectoryDeskController(DeskEcosystems ecosystems, MembershipDesk membership, MemberRefusals refusals,
                            DirectoryLabels labels, MessageSource messages) {
        this.ecosystems = ecosystems;
        this.membership = membership;
        this.refusals = refusals;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/desk/members")
    String page(@RequestParam(required = false) @Nullable String ecosystem, Authentication person, Model model) {
        return render(ecosystems.choose(ecosystem, person), model, Map.of(), Map.of());
    }

    @PostMapping(path = "/desk/members", params = "decision=suspend")
    String suspend(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String organisation,
                   @RequestParam(required = false) @Nullable String reason,
                   @RequestParam(required = false) @Nullable String name, Authentication person, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        EcosystemChoice choice = ecosystems.choose(ecosystem, person);
        Locale locale = LocaleContextHolder.getLocale();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > ApplicationsController.MAX_REASON) {
            response.setStatus(400);
            return render(choice, model, Map.of(organisation, messages.getMessage("members.reason.required",
                    new Object[] {String.valueOf(ApplicationsController.MAX_REASON)}, locale)), Map.of(organisation, why));
        }
        try {
            membership.decide(choice.current().id(), organisation, "suspend", Map.of("reason", why));
        } catch (ServiceProblem refused) {
            return refused(choice, organisation, refused, Map.of(organisation, why), model, response);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("members.flash.suspended",
                new Object[] {Names.shown(name, organisation)}, locale));
        return "redirect:" + back(choice);
    }

    @PostMapping(path = "/desk/members", params = "decision=reinstate")
    String reinstate(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String organisation,
                     @RequestParam(required = false) @Nullable String name, Authentication person, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        EcosystemChoice choice = ecosystems.choose(ecosystem, person);
        try {
            membership.decide(choice.current().id(), organisation, "reinstate", null);
        } catch (ServiceProblem refused) {
            return refused(choice, organisation, refused, Map.of(), model, response);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("members.flash.reinstated",
                new Object[] {Names.shown(name, organisation)}, LocaleContextHolder.getLocale()));
        return "redirect:" + back(choice);
    }

    private String refused(EcosystemChoice choice, String organisation, ServiceProblem refused,
                           Map<String, String> typed, Model model, HttpServletResponse response) {
        if (!MemberRefusals.shown(refused)) {
            throw refused;
        }
        response.setStatus(refused.status());
        return render(choice, model, Map.of(organisation, refusals.say(refused, LocaleContextHolder.getLocale())),
                typed);
    }

    private String render(EcosystemChoice choice, Model model, Map<String, String> problems,
                          Map<String, String> typed) {
        model.addAttribute("choice", choice);
        model.addAttribute("labels", labels);
        model.addAttribute("rings", Roster.RINGS);
        model.addAttribute("roster", membership.roster(choice.current().id()));
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        return "members/directory";
    }

    private static String back(EcosystemChoice choice) {
        return UriComponentsBuilder.fromPath("/desk/members").queryParam("ecosystem", choice.current().id())
                .encode().build().toUriString();
    }
}
