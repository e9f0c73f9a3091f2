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

    @ExceptionHandler(ServiceUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String serviceUnavailable(ServiceUnavailableException e, Model model) {
        log.warn("{}", e.getMessage());
        model.addAttribute("service", e.service().messageKey());
        return "failure/service-unavailable";
    }
}
