package fi.osaava.catalogue.feed;

/** The broker could not be asked (unreachable, or the catalogue's own principal may not manage access). */
public class FeedAccessUnavailableException extends RuntimeException {

    public FeedAccessUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
