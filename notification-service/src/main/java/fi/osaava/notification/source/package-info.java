/**
 * Where alerts come from: other services' events (needs, offerings, governance) read into
 * {@link fi.osaava.notification.matching.AlertEvent}s, and the alerts this service raises itself (an
 * offering's pre-registration deadline drawing near).
 */
@NullMarked
package fi.osaava.notification.source;

import org.jspecify.annotations.NullMarked;
