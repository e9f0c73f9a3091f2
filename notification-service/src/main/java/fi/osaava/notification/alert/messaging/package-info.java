/** The alerts topic: alerts for providers' systems that prefer to consume Kafka. */
@NullMarked
package fi.osaava.notification.alert.messaging;

import org.jspecify.annotations.NullMarked;
