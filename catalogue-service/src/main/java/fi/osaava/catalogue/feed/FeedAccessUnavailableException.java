package fi.osaava.catalogue.feed;

import fi.osaava.kit.domain.UnavailableException;

/** The broker could not be asked (unreachable, or the catalogue's own principal may not manage access). */
public class FeedAccessUnavailableException extends UnavailableException {

    public FeedAccessUnavailableException(String message, Throwable cause) {
        super("Kafka", message, cause);
    }
}
