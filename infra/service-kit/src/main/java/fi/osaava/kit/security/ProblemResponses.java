package fi.osaava.kit.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 as RFC 9457 problem details, like every other error of the API; 503 when the token's issuer cannot
 * be reached to check it.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof IssuerUnavailableException) {
            response.setHeader("Retry-After", "30");
            write(response, request, HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", e.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, request, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token from a trusted issuer is required: " + e.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, request, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this operation");
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status,
                              String title, String detail) throws IOException {
        RequestLimitFilter.problem(response, request, status, title, detail);
    }
}
