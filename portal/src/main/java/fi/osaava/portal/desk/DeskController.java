package fi.osaava.portal.desk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

    /** The figures block alone, for htmx to replace the one on the page. */
    @GetMapping("/desk/overview")
    String overview(Model model) {
        model.addAttribute("overview", counts.now());
        return "desk/overview :: overview";
    }
}
