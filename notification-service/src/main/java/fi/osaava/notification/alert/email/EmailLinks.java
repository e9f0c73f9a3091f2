package fi.osaava.notification.alert.email;

import java.net.URI;

/** The signed links every mail ends with (see {@code SignedLinks}). */
public record EmailLinks(URI unsubscribe, URI preferences) {
}
