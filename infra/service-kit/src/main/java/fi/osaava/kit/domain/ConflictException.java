package fi.osaava.kit.domain;

/** The request is well formed but clashes with the current state: answered as 409 problem details. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
