package fi.osaava.portal.reach;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import fi.osaava.portal.api.OsaavaService;
import fi.osaava.portal.api.ServiceApis;
import fi.osaava.portal.api.ServiceProblem;

/**
 * The reach of a need: the coordinator picks one of the recent published needs (or types its id) at
 * {@code /desk/reach} and reads it at {@code /desk/reach/{needId}}; a member of the reporting organisation reads the
 * same at {@code /my/needs/{needId}/reach}, without anyone's contacts. One call to notification-service per page
 * (needs-service's list for the choice); the service decides who may see what (403 is the forbidden page).
 */
@Controller
class ReachController {

    /** The statuses of a need that was published (a draft has no reach). */
    private static final String PUBLISHED = "PUBLISHED,ANSWERED,COVERED,CLOSED,WITHDRAWN";
    private static final int RECENT = 20;

    private final ServiceApis apis;

    ReachController(ServiceApis apis) {
        this.apis = apis;
    }

    @GetMapping("/desk/reach")
    String choose(@RequestParam(required = false) @Nullable String need, Model model) {
        if (need != null && !need.isBlank()) {
            return "redirect:/desk/reach/" + UriUtils.encodePathSegment(need.strip(), java.nio.charset.StandardCharsets.UTF_8);
        }
        RecentNeed[] recent = apis.of(OsaavaService.NEEDS).get()
                .uri(apis.url(OsaavaService.NEEDS, UriComponentsBuilder.fromPath("/api/needs")
                        .queryParam("status", PUBLISHED).queryParam("size", RECENT)))
                .retrieve().body(RecentNeed[].class);
        model.addAttribute("needs", recent == null ? List.of() : Arrays.asList(recent));
        return "reach/choose";
    }

    @GetMapping("/desk/reach/{needId}")
    String desk(@PathVariable String needId, @RequestParam(required = false) @Nullable String outcome, Model model) {
        return page(needId, outcome, model, true);
    }

    @GetMapping("/my/needs/{needId}/reach")
    String mine(@PathVariable String needId, @RequestParam(required = false) @Nullable String outcome, Model model) {
        return page(needId, outcome, model, false);
    }

    private String page(String needId, @Nullable String outcome, Model model, boolean desk) {
        Reach reach;
        try {
            reach = apis.of(OsaavaService.NOTIFICATION).get()
                    .uri(apis.url(OsaavaService.NOTIFICATION, UriComponentsBuilder.fromPath("/api/reach")
                            .queryParam("needId", needId)))
                    .retrieve().body(Reach.class);
        } catch (ServiceProblem problem) {
            if (problem.isNotFound() || problem.status() == 400) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            throw problem;
        }
        if (reach == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String chosen = outcome != null && Reach.OUTCOMES.contains(outcome) ? outcome : null;
        model.addAttribute("reach", reach);
        model.addAttribute("needId", needId);
        model.addAttribute("outcome", chosen);
        model.addAttribute("rows", reach.withOutcome(chosen));
        model.addAttribute("desk", desk);
        model.addAttribute("outcomes", Reach.OUTCOMES);
        return "reach/page";
    }
}
