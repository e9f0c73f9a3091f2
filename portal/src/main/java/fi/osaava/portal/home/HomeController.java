package fi.osaava.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: what Osaava is, the tray's search box, and where to go next. Served without calling a service. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/index";
    }

    /** Where a page that needs a signed-in person sends a visitor: an explanation and the sign-in button. */
    @GetMapping("/sign-in")
    String signIn(jakarta.servlet.http.HttpServletRequest request, org.springframework.ui.Model model) {
        // Spring Security sends a failed sign-in here with ?error (the authorization server refused or did not answer)
        model.addAttribute("failed", request.getParameter("error") != null);
        return "home/sign-in";
    }
}
