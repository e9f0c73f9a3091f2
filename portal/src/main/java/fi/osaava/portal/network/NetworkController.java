package fi.osaava.portal.network;

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
 * The networks' pages, open to anyone: the search ({@code /networks?q=…&kind=…}) and a network with how to join it
 * ({@code /networks/{id}}). With htmx a changed filter replaces only the search area.
 */
@Controller
class NetworkController {

    private static final String API = "/api/networks";
    private static final ParameterizedTypeReference<Results<Network>> RESULTS = new ParameterizedTypeReference<>() {
    };

    private final SearchPages pages;
    private final ReferenceData reference;

    NetworkController(SearchPages pages, ReferenceData reference) {
        this.pages = pages;
        this.reference = reference;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
    }

    @GetMapping("/networks")
    String search(@Validated @ModelAttribute("search") NetworkSearch search, BindingResult errors,
                  @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                  HttpServletResponse response) {
        model.addAttribute("found", pages.find(API, search, errors, RESULTS, response));
        model.addAttribute("kinds", NetworkSearch.KINDS.split("\\|"));
        return SearchPages.view("network/search", search, htmx, response);
    }

    @GetMapping("/networks/{id}")
    String network(@PathVariable String id, Model model) {
        model.addAttribute("network", pages.item(API, id, Network.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "network/network";
    }
}
