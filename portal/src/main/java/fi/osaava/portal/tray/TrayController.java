package fi.osaava.portal.tray;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The tray's pages, open to anyone: the search with its facets ({@code /tray?q=…&category=…}) and an offering
 * ({@code /tray/{id}}). With htmx a changed filter replaces only the results; without it the form is a plain GET.
 */
@Controller
class TrayController {

    /** The facets in the order the page shows them. */
    static final List<String> FACETS =
            List.of("category", "targetGroup", "competenceArea", "region", "language", "deliveryMode", "pricing");

    private final Tray tray;
    private final ReferenceData reference;
    private final Facets facets;
    private final fi.osaava.portal.participation.Participation participation;

    TrayController(Tray tray, ReferenceData reference, Facets facets,
                   fi.osaava.portal.participation.Participation participation) {
        this.tray = tray;
        this.reference = reference;
        this.facets = facets;
        this.participation = participation;
    }

    @GetMapping("/tray")
    String search(@Validated @ModelAttribute("search") TraySearch search, BindingResult errors, Model model,
                  HttpServletResponse response, jakarta.servlet.http.HttpServletRequest request) {
        model.addAttribute("reference", reference);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("found", new Tray.Found(List.of(), 0, 0, TraySearch.PAGE_SIZE, false, Map.of()));
        } else {
            try {
                model.addAttribute("found", tray.search(search));
            } catch (ServiceProblem refused) {
                // a filter value the catalogue does not know: shown beside that filter
                refused.fields().forEach(field -> errors.rejectValue(
                        FACETS.contains(field.field()) || "q".equals(field.field()) ? field.field() : "q",
                        "tray.invalid", field.message()));
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("found", new Tray.Found(List.of(), 0, 0, TraySearch.PAGE_SIZE, false, Map.of()));
            }
        }
        Tray.Found found = (Tray.Found) model.getAttribute("found");
        model.addAttribute("facets", facets.of(search, found == null ? Map.of() : found.facets()));
        model.addAttribute("labels", facets);
        boolean partial = "true".equals(request.getHeader("HX-Request"));
        if (partial) {
            // the address bar shows this very search, so it can be shared and the back button works
            response.setHeader("HX-Push-Url", search.onPage(search.pageNumber()));
            return "tray/search :: results";
        }
        return "tray/search";
    }

    @GetMapping("/tray/{id}")
    String offering(@PathVariable String id, Model model,
                    org.springframework.security.core.@org.jspecify.annotations.Nullable Authentication authentication) {
        Offering offering = tray.offering(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("offering", offering);
        model.addAttribute("reference", reference);
        // another organisation's member may take part: seats of a funded offering, feedback once it has ended
        fi.osaava.portal.signin.Person.of(authentication)
                .filter(person -> !offering.providerOrganisationId().equals(person.organisationId()))
                .ifPresent(person -> {
                    model.addAttribute("mayTakePart", true);
                    if (offering.pricing() != null && "FUNDED".equals(offering.pricing().kind())) {
                        participation.seats(id).ifPresent(seats -> model.addAttribute("seats", seats));
                        participation.mine(id).filter(fi.osaava.portal.participation.Participation.Mine::active)
                                .ifPresent(mine -> model.addAttribute("mine", mine));
                    }
                    model.addAttribute("ended", offering.endsAt() != null
                            && offering.endsAt().isBefore(java.time.Instant.now()));
                });
        return "tray/offering";
    }
}
