package fi.osaava.kit.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem for an error that reached the servlet container rather than a controller. */
final class ErrorProblems {

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request is malformed: its URL, headers or body cannot be read",
            404, "There is nothing at this address",
            405, "This address does not take that method",
            413, "The request is too large",
            414, "The URL is too long",
            500, "An unexpected error occurred; it has been logged",
            503, "The service is not available right now; try again shortly");

    private ErrorProblems() {
    }

    /**
     * A 4xx keeps the container's own message when it has one (it says what was wrong with the request);
     * a 5xx never shows one, so no internals leak.
     */
    static ProblemDetail forStatus(int code, @Nullable String message) {
        HttpStatus resolved = HttpStatus.resolve(code);
        HttpStatus status = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        String detail = status.is4xxClientError() && message != null && !message.isBlank()
                ? message
                : DETAILS.getOrDefault(status.value(), status.getReasonPhrase());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
