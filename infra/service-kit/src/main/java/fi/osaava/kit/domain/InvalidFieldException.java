package fi.osaava.kit.domain;

import java.util.List;

/**
 * A request whose fields are well-formed but wrong for a reason only the domain can see (a password
 * that is not the current one, a date after another). Answered as 400 with the same {@code errors}
 * list as a bean-validation failure.
 */
public class InvalidFieldException extends DomainException {

    private final List<FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
