package fi.osaava.portal.thesis;

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
 * The thesis-topic bank's pages, open to anyone: the search ({@code /thesis-topics?q=…&field=…}) and a topic
 * ({@code /thesis-topics/{id}}). With htmx a changed filter replaces only the search area.
 */
@Controller
class ThesisTopicController {

    private static final String API = "/api/thesis-topics";
    private static final ParameterizedTypeReference<Results<ThesisTopic>> RESULTS = new ParameterizedTypeReference<>() {
    };

    private final SearchPages pages;
    private final ReferenceData reference;

    ThesisTopicController(SearchPages pages, ReferenceData reference) {
        this.pages = pages;
        this.reference = reference;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("reference", reference);
    }

    @GetMapping("/thesis-topics")
    String search(@Validated @ModelAttribute("search") ThesisSearch search, BindingResult errors,
                  @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                  HttpServletResponse response) {
        model.addAttribute("found", pages.find(API, search, errors, RESULTS, response));
        model.addAttribute("fields", ThesisSearch.FIELDS.split("\\|"));
        model.addAttribute("degreeLevels", ThesisSearch.DEGREE_LEVELS.split("\\|"));
        return SearchPages.view("thesis/search", search, htmx, response);
    }

    @GetMapping("/thesis-topics/{id}")
    String topic(@PathVariable String id, Model model) {
        model.addAttribute("topic", pages.item(API, id, ThesisTopic.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "thesis/topic";
    }
}
