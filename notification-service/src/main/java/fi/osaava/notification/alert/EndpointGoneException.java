package fi.osaava.notification.alert;

/** The endpoint said it is gone (HTTP 410) or may no longer be called: stop, and disable the subscription. */
public class EndpointGoneException extends RuntimeException {

    public EndpointGoneException(String message) {
        super(message);
    }
}
