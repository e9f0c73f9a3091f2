package fi.osaava.membership.governance.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Validates a body after the caller's right to the operation was checked: the ecosystem's coordinator is an
 * organisation, not a role the filter chain could check first, and a 400 must not describe to an outsider
 * the body only the coordinator may send.
 */
@Component
class RequestBodies {

    private final Validator validator;

    RequestBodies(Validator validator) {
        this.validator = validator;
    }

    <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
