package fi.osaava.kit.domain;

/** Something the action needs (the broker, a peer service) cannot be asked just now; not the caller's mistake. */
public class UnavailableException extends DomainException {

    private final String dependency;

    public UnavailableException(String dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = dependency;
    }

    /** What could not be asked, for the problem's title ("Kafka"). */
    public String dependency() {
        return dependency;
    }
}
