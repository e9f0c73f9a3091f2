package fi.osaava.portal.failure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import fi.osaava.portal.api.ServiceProblem;
import fi.osaava.portal.api.ServiceUnavailableException;

/**
 * A service that is down fails only the pages that need it, with a friendly page naming it (503); the others keep
 * working. Everything else that goes wrong reaches Boot's error page, rendered by {@code templates/error.html}.
 */
@ControllerAdvice
class FailurePages {

    private static final Logger log = LoggerFactory.getLogger(FailurePages.class);

    /** A page's own refusal (an unknown offering: 404), rendered here so it never depends on the error dispatch. */
    @ExceptionHandler(ResponseStatusException.class)
    String refused(ResponseStatusException e, Model model, HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("status", e.getStatusCode().value());
        return "error";
    }

    /**
     * A service that refuses the signed-in person (403: a page of their own organisation's data that is not theirs,
     * a coordinator's API) gives the same 403 page as the portal's own refusal; any other refusal is the page's to
     * handle, and reaches Boot's error page when it does not.
     */
    @ExceptionHandler(ServiceProblem.class)
    String serviceRefused(ServiceProblem e, HttpServletResponse response) {
        if (e.status() != HttpStatus.FORBIDDEN.value()) {
            throw e;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "failure/forbidden";
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String serviceUnavailable(ServiceUnavailableException e, Model model) {
        log.warn("{}", e.getMessage());
        model.addAttribute("service", e.service().messageKey());
        return "failure/service-unavailable";
    }
}
