package fi.osaava.portal.members;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.reference.ReferenceData;
import fi.osaava.portal.desk.EcosystemChoice;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /desk/members/passive?ecosystem=}: the ecosystem's passive members with their counts by status, and what
 * membership-service offers the coordinator on them: erasure (with a confirmation on the page first,
 * {@code ?erase=<id>}, so it works without JavaScript).
 */
@Controller
class PassiveMembersController {

    private final MemberDesk desk;
    private final MembershipDesk membership;
    private final ReferenceData reference;

    PassiveMembersController(MemberDesk desk, MembershipDesk membership, ReferenceData reference) {
        this.desk = desk;
        this.membership = membership;
        this.reference = reference;
    }

    @GetMapping("/desk/members/passive")
    String page(@RequestParam(required = false) @Nullable String ecosystem,
                @RequestParam(required = false) @Nullable String erase, Authentication person, Model model) {
        return render(desk.choose(ecosystem, person), erase, null, model);
    }

    @PostMapping("/desk/members/passive")
    String erase(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String member,
                 Authentication person, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        EcosystemChoice choice = desk.choose(ecosystem, person);
        try {
            membership.erasePassiveMember(choice.current().id(), member);
        } catch (ServiceProblem refused) {
            return render(choice, null, desk.refusal(refused, response), model);
        }
        redirect.addFlashAttribute("flash", desk.say("members.flash.erased"));
        return "redirect:" + MemberDesk.back("/desk/members/passive", choice).encode().build().toUriString();
    }

    private String render(EcosystemChoice choice, @Nullable String erase, @Nullable String problem, Model model) {
        PassiveMembers members = membership.passiveMembers(choice.current().id());
        model.addAttribute("choice", choice);
        model.addAttribute("reference", reference);
        model.addAttribute("passive", members);
        model.addAttribute("problem", problem);
        model.addAttribute("erasing", erase == null ? null : members.members().stream()
                .filter(member -> member.id().equals(erase)).findFirst().orElse(null));
        return "members/passive";
    }
}
