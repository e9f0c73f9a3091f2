package fi.osaava.catalogue.preregistration;

/** The caller is known but may not do this here (answered as 403 problem details). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
