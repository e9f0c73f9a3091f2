package fi.osaava.kit.domain;

/** The actor is known but may not do this to this thing (another organisation's offering, say). */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String message) {
        super(message);
    }
}
