package fi.osaava.portal.signin;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The person's sign-in ran out in the middle of something: they are sent to sign in again, and come back to the page
 * they were on; a form they had sent comes back filled in ({@link PendingForms}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignInAgain {

    /**
     * Where each form is sent (its action) → the page that shows it, and so where the person lands after signing in
     * again; the first rule that matches wins. Fields are kept under the page's address for the pages that show one
     * form ("new need", "new offering", "alerts", an offering's edit page), under the action's for a page with
     * several forms (a need's page has "we need this too" and "end this need").
     */
    private static final List<Rule> RULES = List.of(
            new Rule("/my/needs", "/my/needs/new", true),
            new Rule("/my/offerings", "/my/offerings/new", true),
            new Rule("/my/alerts", "/my/alerts", true),
            new Rule("/my/alerts/[^/]+/delete", "/my/alerts", false),
            new Rule("/my/preferences/([^/]+)/(unsubscribe|resubscribe)", "/my/preferences?subscription=$1", false),
            new Rule("/my/preferences/([^/]+)", "/my/preferences?subscription=$1", false),
            new Rule("/my/organisation/(profile|contacts)", "/my/organisation/$1", true),
            new Rule("/my/organisation/contacts/[^/]+/erase", "/my/organisation", false),
            new Rule("/my/needs/([^/]+)/(endorsement|end)", "/my/needs/$1", false),
            new Rule("/my/offerings/([^/]+)/withdraw", "/my/offerings", false),
            new Rule("/my/offerings/([^/]+)/(pre-registration(/commit|/cancel)?|feedback)", "/tray/$1", false),
            new Rule("/my/offerings/([^/]+)", "/my/offerings/$1/edit", true),
            new Rule("/desk/gaps/([^/]+)/priority", "/desk/gaps/$1", false));

    private record Rule(Pattern action, String page, boolean keptUnderPage) {

        Rule(String action, String page, boolean keptUnderPage) {
            this(Pattern.compile(action), page, keptUnderPage);
        }
    }

    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    String signInAgain(ClientAuthorizationRequiredException e, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod())) {
            Rule rule = RULES.stream().filter(candidate -> candidate.action().matcher(path).matches()).findFirst()
                    .orElse(null);
            if (rule == null) {
                // a form not listed here: back to the front page rather than to an address that takes only POSTs
                request.getSession().setAttribute(PendingForms.CONTINUE_AT, "/");
            } else {
                String page = rule.action().matcher(path).replaceFirst(rule.page());
                PendingForms.keep(request, rule.keptUnderPage() ? page : path, page);
            }
        } else {
            String query = request.getQueryString();
            request.getSession().setAttribute(PendingForms.CONTINUE_AT, query == null ? path : path + "?" + query);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/oauth2/authorization/{registration}")
                .buildAndExpand(e.getClientRegistrationId()).toUriString();
    }
}
