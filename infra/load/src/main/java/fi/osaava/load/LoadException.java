package fi.osaava.load;

/** A step of the run failed in a way the run cannot go on from (the stack answered unexpectedly). */
final class LoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LoadException(String message) {
        super(message);
    }

    LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
