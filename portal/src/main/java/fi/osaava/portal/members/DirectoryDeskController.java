package fi.osaava.portal.members;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.desk.EcosystemChoice;
import fi.osaava.portal.ecosystem.DirectoryLabels;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /desk/members?ecosystem=}: the organisations taking part in the ecosystem by ring (core, middle, outer), each
 * with its status there; an active one is suspended with a reason, a suspended one reinstated, as membership-service
 * requires. The outcome comes back as a message on the list; a refusal beside the row's form.
 */
@Controller
class DirectoryDeskController {

    private final MemberDesk desk;
    private final MembershipDesk membership;
    private final DirectoryLabels labels;

    DirectoryDeskController(MemberDesk desk, MembershipDesk membership, DirectoryLabels labels) {
        this.desk = desk;
        this.membership = membership;
        this.labels = labels;
    }

    @GetMapping("/desk/members")
    String page(@RequestParam(required = false) @Nullable String ecosystem, Authentication person, Model model) {
        return render(desk.choose(ecosystem, person), model, Map.of(), Map.of());
    }

    @PostMapping(path = "/desk/members", params = "decision=suspend")
    String suspend(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String organisation,
                   @RequestParam(required = false) @Nullable String reason,
                   @RequestParam(required = false) @Nullable String name, Authentication person, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        EcosystemChoice choice = desk.choose(ecosystem, person);
        String why = MemberDesk.reason(reason);
        String problem = desk.reasonProblem(why);
        if (problem != null) {
            response.setStatus(400);
            return render(choice, model, Map.of(organisation, problem), Map.of(organisation, why));
        }
        try {
            membership.decide(choice.current().id(), organisation, "suspend", Map.of("reason", why));
        } catch (ServiceProblem refused) {
            return refused(choice, organisation, refused, Map.of(organisation, why), model, response);
        }
        redirect.addFlashAttribute("flash", desk.say("members.flash.suspended",
                Names.shown(name, organisation)));
        return "redirect:" + back(choice);
    }

    @PostMapping(path = "/desk/members", params = "decision=reinstate")
    String reinstate(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String organisation,
                     @RequestParam(required = false) @Nullable String name, Authentication person, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        EcosystemChoice choice = desk.choose(ecosystem, person);
        try {
            membership.decide(choice.current().id(), organisation, "reinstate", null);
        } catch (ServiceProblem refused) {
            return refused(choice, organisation, refused, Map.of(), model, response);
        }
        redirect.addFlashAttribute("flash", desk.say("members.flash.reinstated",
                Names.shown(name, organisation)));
        return "redirect:" + back(choice);
    }

    private String refused(EcosystemChoice choice, String organisation, ServiceProblem refused,
                           Map<String, String> typed, Model model, HttpServletResponse response) {
        return render(choice, model, Map.of(organisation, desk.refusal(refused, response)), typed);
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
        return MemberDesk.back("/desk/members", choice).encode().build().toUriString();
    }
}
