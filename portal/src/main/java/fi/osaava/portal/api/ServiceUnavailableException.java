package fi.osaava.portal.api;

/**
 * A service did not answer, timed out, or failed on its side (5xx): the page that needed it says so in the
 * person's language, and every page that does not need it keeps working.
 */
public class ServiceUnavailableException extends RuntimeException {

    private final OsaavaService service;

    public ServiceUnavailableException(OsaavaService service, String detail, Throwable cause) {
        super(service + " unavailable: " + detail, cause);
        this.service = service;
    }

    public OsaavaService service() {
        return service;
    }
}
