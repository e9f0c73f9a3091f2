package fi.osaava.portal.signin;

import java.util.Map;

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

    /** A form's address → the page that shows the form. */
    private static final Map<String, String> FORM_PAGES = Map.of(
            "/my/needs", "/my/needs/new",
            "/my/offerings", "/my/offerings/new",
            "/my/alerts", "/my/alerts");

    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    String signInAgain(ClientAuthorizationRequiredException e, HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod())) {
            String formPage = FORM_PAGES.getOrDefault(path, path.matches("/my/offerings/[^/]+")
                    ? path + "/edit" : path.replaceFirst("/(endorsement|end|withdraw|delete)$", ""));
            PendingForms.keep(request, formPage);
        } else {
            String query = request.getQueryString();
            request.getSession().setAttribute(PendingForms.CONTINUE_AT, query == null ? path : path + "?" + query);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/oauth2/authorization/{registration}")
                .buildAndExpand(e.getClientRegistrationId()).toUriString();
    }
}
