package fi.osaava.portal.members;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
 * {@code /desk/members/clients?ecosystem=&organisation=}: an organisation's system clients (the credentials its systems
 * get tokens with); create one, replace one, revoke one. membership-service shows a new client's secret in its answer
 * only, and so does this page: it is rendered straight from that answer (no redirect, no session, not in a URL, not
 * logged, {@code Cache-Control: no-store}), with a note to copy it now. membership-service has no way to give an
 * existing client a new secret, so replacing one is a new client for the organisation, the old one valid until the
 * coordinator revokes it once the system uses the new.
 */
@Controller
class ClientsController {

    private final MemberDesk desk;
    private final MembershipDesk membership;
    private final DirectoryLabels labels;

    ClientsController(MemberDesk desk, MembershipDesk membership, DirectoryLabels labels) {
        this.desk = desk;
        this.membership = membership;
        this.labels = labels;
    }

    @GetMapping("/desk/members/clients")
    String page(@RequestParam(required = false) @Nullable String ecosystem,
                @RequestParam(required = false) @Nullable String organisation, Authentication person, Model model) {
        return render(desk.choose(ecosystem, person), blankIsNone(organisation), null, null, model);
    }

    @PostMapping(path = "/desk/members/clients", params = "action=create")
    String create(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String organisation,
                  @RequestParam(required = false) @Nullable String replaces, Authentication person, Model model,
                  HttpServletResponse response) {
        EcosystemChoice choice = desk.choose(ecosystem, person);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        IssuedClient issued;
        try {
            issued = membership.createClient(organisation, blankIsNone(replaces));
        } catch (ServiceProblem refused) {
            return refused(choice, organisation, refused, model, response);
        }
        return render(choice, organisation, issued, null, model);
    }

    @PostMapping(path = "/desk/members/clients", params = "action=revoke")
    String revoke(@RequestParam(required = false) @Nullable String ecosystem, @RequestParam String organisation,
                  @RequestParam String client, Authentication person, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        EcosystemChoice choice = desk.choose(ecosystem, person);
        try {
            membership.revokeClient(organisation, client);
        } catch (ServiceProblem refused) {
            return refused(choice, organisation, refused, model, response);
        }
        redirect.addFlashAttribute("flash", desk.say("members.flash.revoked", client));
        return "redirect:" + MemberDesk.back("/desk/members/clients", choice).queryParam("organisation", organisation)
                .encode().build().toUriString();
    }

    private String refused(EcosystemChoice choice, String organisation, ServiceProblem refused, Model model,
                           HttpServletResponse response) {
        return render(choice, organisation, null, desk.refusal(refused, response), model);
    }

    private String render(EcosystemChoice choice, @Nullable String organisation, @Nullable IssuedClient issued,
                          @Nullable String problem, Model model) {
        Roster roster = membership.roster(choice.current().id());
        model.addAttribute("choice", choice);
        model.addAttribute("labels", labels);
        model.addAttribute("roster", roster);
        model.addAttribute("organisation", organisation);
        model.addAttribute("organisationName", organisation == null ? null : roster.rows().stream()
                .filter(row -> row.organisation().id().equals(organisation)).findFirst()
                .map(row -> row.organisation().name()).orElse(organisation));
        model.addAttribute("issued", issued);
        model.addAttribute("problem", problem);
        List<SystemClient> clients = List.of();
        if (organisation != null) {
            try {
                clients = membership.clients(organisation);
            } catch (ServiceProblem refused) {
                if (!refused.isNotFound()) {
                    throw refused;
                }
                model.addAttribute("problem", Optional.ofNullable(problem).orElseGet(() -> desk.say("members.clients.unknown")));
            }
        }
        model.addAttribute("clients", clients);
        return "members/clients";
    }

    private static @Nullable String blankIsNone(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
