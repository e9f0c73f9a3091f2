package fi.osaava.portal.members;

import java.util.LinkedHashMap;
import java.util.List;
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
 * {@code /desk/members/applications?ecosystem=}: the ecosystem's pending applications, oldest first, each approved in a
 * ring (the one asked for, unless the coordinator chooses another) with roles, or rejected with a reason, as
 * membership-service requires. A decision comes back as a message on the list; a refusal beside the row's forms.
 */
@Controller
class ApplicationsController {

    /** The roles a coordinator may give; COORDINATOR follows the ecosystem's coordinator organisation. */
    static final List<String> ROLES = List.of("WORKING_GROUP", "CONTACT_POINT");

    private final MemberDesk desk;
    private final MembershipDesk membership;
    private final DirectoryLabels labels;

    ApplicationsController(MemberDesk desk, MembershipDesk membership, DirectoryLabels labels) {
        this.desk = desk;
        this.membership = membership;
        this.labels = labels;
    }

    @GetMapping("/desk/members/applications")
    String page(@RequestParam(required = false) @Nullable String ecosystem, Authentication person, Model model) {
        return render(desk.choose(ecosystem, person), model, Map.of(), Map.of());
    }

    @PostMapping(path = "/desk/members/applications", params = "decision=approve")
    String approve(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String organisation,
                   @RequestParam(required = false) @Nullable String ring,
                   @RequestParam(required = false) @Nullable List<String> roles,
                   @RequestParam(required = false) @Nullable String name, Authentication person, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        EcosystemChoice choice = desk.choose(ecosystem, person);
        List<String> given = roles == null ? List.of() : roles;
        if (ring == null || !Roster.RINGS.contains(ring) || !ROLES.containsAll(given)) {
            response.setStatus(400);
            return render(choice, model, Map.of(organisation, desk.say("members.approve.ring-missing")), Map.of());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ring", ring);
        body.put("roles", given);
        try {
            membership.decide(choice.current().id(), organisation, "approve", body);
        } catch (ServiceProblem refused) {
            return refused(choice, organisation, refused, Map.of(), model, response);
        }
        redirect.addFlashAttribute("flash", desk.say("members.flash.approved",
                Names.shown(name, organisation), labels.ring(ring)));
        return "redirect:" + back(choice);
    }

    @PostMapping(path = "/desk/members/applications", params = "decision=reject")
    String reject(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String organisation,
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
            membership.decide(choice.current().id(), organisation, "reject", Map.of("reason", why));
        } catch (ServiceProblem refused) {
            return refused(choice, organisation, refused, Map.of(organisation, why), model, response);
        }
        redirect.addFlashAttribute("flash", desk.say("members.flash.rejected",
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
        model.addAttribute("roles", ROLES);
        model.addAttribute("applications", membership.applications(choice.current().id()));
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        return "members/applications";
    }

    static String back(EcosystemChoice choice) {
        return MemberDesk.back("/desk/members/applications", choice).encode().build().toUriString();
    }
}
