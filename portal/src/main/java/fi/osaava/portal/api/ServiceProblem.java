package fi.osaava.portal.api;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A service refused a request (4xx) and said why in RFC 9457 problem details: the status, its detail, and for a
 * 400 the fields it found wrong, by the names of its API. A form maps those names back onto its own fields.
 */
public class ServiceProblem extends RuntimeException {

    /** One entry of a 400's {@code errors} list. */
    public record FieldProblem(String field, String message) {
    }

    private final OsaavaService service;
    private final int status;
    private final @Nullable String detail;
    private final List<FieldProblem> fields;

    public ServiceProblem(OsaavaService service, int status, @Nullable String detail, List<FieldProblem> fields) {
        super(service + " answered " + status + (detail == null ? "" : ": " + detail));
        this.service = service;
        this.status = status;
        this.detail = detail;
        this.fields = List.copyOf(fields);
    }

    public OsaavaService service() {
        return service;
    }

    public int status() {
        return status;
    }

    public @Nullable String detail() {
        return detail;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
