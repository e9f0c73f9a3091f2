package fi.osaava.kit.web;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Validates a request body after the caller's right to the operation was checked, for operations
 * whose right depends on data (an ecosystem's coordinator is an organisation, not a role the filter
 * chain could check first): a 400 must not describe to an outsider the body only the rightful caller
 * may send. A failure is the same 400 with a field list as {@code @Valid}'s.
 */
public class RequestBodies {

    private final Validator validator;

    public RequestBodies(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
