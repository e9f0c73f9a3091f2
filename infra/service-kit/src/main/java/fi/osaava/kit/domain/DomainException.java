package fi.osaava.kit.domain;

/**
 * A rule of the domain said no. The domain throws one of the subclasses and knows nothing of HTTP; the kit's
 * {@code ProblemDetailsAdvice} is the one place that answers each kind as problem details: {@link NotFoundException}
 * 404, {@link InvalidFieldException} 400 with the field list, {@link NotPermittedException} 403,
 * {@link ConflictException} 409, {@link UnavailableException} 503.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause);
    }
}
