package fi.osaava.portal.thesis;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import fi.osaava.portal.reference.ReferenceData;
import fi.osaava.portal.search.CatalogueListController;
import fi.osaava.portal.search.SearchPages;

/**
 * The thesis-topic bank's pages, open to anyone: the search ({@code /thesis-topics?q=…&field=…}) and a topic
 * ({@code /thesis-topics/{id}}). With htmx a changed filter replaces only the search area.
 */
@Controller
@RequestMapping("/thesis-topics")
class ThesisTopicController extends CatalogueListController<ThesisTopic, ThesisSearch> {

    ThesisTopicController(SearchPages pages, ReferenceData reference) {
        super(pages, reference, "/api/thesis-topics", ThesisTopic.class, "thesis/search", "thesis/topic");
    }

    @Override
    protected void choices(Model model) {
        model.addAttribute("fields", ThesisSearch.FIELDS.split("\\|"));
        model.addAttribute("degreeLevels", ThesisSearch.DEGREE_LEVELS.split("\\|"));
    }
}
