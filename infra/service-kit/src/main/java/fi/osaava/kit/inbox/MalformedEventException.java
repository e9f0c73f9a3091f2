package fi.osaava.kit.inbox;

/**
 * The record can never be processed as it is: missing CloudEvents headers, a body that is not
 * JSON, or a payload that breaks the contract. Bindings treat it as not retryable, so the record
 * goes straight to the dead-letter topic with this message as the reason.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
