package fi.osaava.portal.tray;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.portal.reference.ReferenceData;
import fi.osaava.portal.search.Results;
import fi.osaava.portal.search.SearchPages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The tray's pages, open to anyone: the search with its facets ({@code /tray?q=…&category=…}) and an offering
 * ({@code /tray/{id}}). With htmx a changed filter replaces only the results; without it the form is a plain GET.
 * The search asks the catalogue as the other list pages do ({@link SearchPages}).
 */
@Controller
class TrayController {

    /** The facets shown as a choice of one value, in the order the page shows them; the areas are a tree. */
    static final List<String> FACETS = List.of("category", "targetGroup", "region", "language", "deliveryMode",
            "pricing");
    private static final String API = "/api/offerings/search";
    private static final ParameterizedTypeReference<Results<Offering>> RESULTS = new ParameterizedTypeReference<>() {
    };

    private final Tray tray;
    private final SearchPages pages;
    private final ReferenceData reference;
    private final Facets facets;
    private final fi.osaava.portal.participation.Participation participation;

    TrayController(Tray tray, SearchPages pages, ReferenceData reference, Facets facets,
                   fi.osaava.portal.participation.Participation participation) {
        this.tray = tray;
        this.pages = pages;
        this.reference = reference;
        this.facets = facets;
        this.participation = participation;
    }

    @GetMapping("/tray")
    String search(@Validated @ModelAttribute("search") TraySearch search, BindingResult errors,
                  @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                  HttpServletResponse response) {
        if (search.priceUpsideDown()) {
            // the catalogue refuses it too; said here in the person's words, without asking
            errors.rejectValue("priceMax", "tray.price.upside-down");
        }
        Results<Offering> found = pages.find(API, search, errors, RESULTS, response);
        model.addAttribute("reference", reference);
        model.addAttribute("found", found);
        model.addAttribute("facets", facets.of(search, found.facets()));
        model.addAttribute("areas", facets.areas(search, found.facets()));
        return SearchPages.view("tray/search", search, htmx, response);
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
