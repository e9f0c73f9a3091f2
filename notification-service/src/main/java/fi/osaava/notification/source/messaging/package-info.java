/** The Kafka bindings of the alert sources. */
@NullMarked
package fi.osaava.notification.source.messaging;

import org.jspecify.annotations.NullMarked;
