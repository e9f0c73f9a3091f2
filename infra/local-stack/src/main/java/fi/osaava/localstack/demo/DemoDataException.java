package fi.osaava.localstack.demo;

/** A service refused or could not take the demo data; the message holds the request, status and body. */
public class DemoDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoDataException(String message) {
        super(message);
    }

    public DemoDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
