package fi.osaava.portal.desk;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's desk: its start page, the live overview. Only coordinators reach it (the filter chain,
 * {@code /desk/**}). The page renders the figures; htmx asks {@code /desk/overview} for the figures block again
 * every 15 seconds and puts it in place, so without JavaScript the page is the same, only not refreshed.
 */
@Controller
class DeskController {

    private final OverviewCounts counts;

    DeskController(OverviewCounts counts) {
        this.counts = counts;
    }

    @GetMapping("/desk")
    String desk(Model model) {
        model.addAttribute("overview", counts.now());
        return "desk/index";
    }

    /**
     * The figures block alone, for htmx to replace the one on the page; with it, when a figure differs from the one
     * the page showed ({@code was.<name>}, sent back by htmx), a sentence saying which, for the page's status region.
     */
    @GetMapping("/desk/overview")
    String overview(@RequestParam Map<String, String> shown, Model model) {
        Overview overview = counts.now();
        model.addAttribute("overview", overview);
        model.addAttribute("changes", overview.changedSince(shown));
        return "desk/overview :: refresh";
    }
}
