package fi.osaava.portal.failure;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The 403 page: where Spring Security forwards a signed-in person who opens a page their role does not allow (a
 * member on the coordinator's desk), in their language and with the site's navigation.
 */
@Controller
class ForbiddenPage {

    @RequestMapping("/forbidden")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "failure/forbidden";
    }
}
