package fi.osaava.kit.web;

/** The request is well formed but clashes with the current state: answered as 409 problem details. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
