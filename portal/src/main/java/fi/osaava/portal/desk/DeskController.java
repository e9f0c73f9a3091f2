package fi.osaava.portal.desk;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's desk: its start page. Only coordinators reach it (the filter chain, {@code /desk/**}). */
@Controller
class DeskController {

    @GetMapping("/desk")
    String overview() {
        return "desk/index";
    }
}
