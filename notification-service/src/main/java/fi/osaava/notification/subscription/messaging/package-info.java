/** The subscription index's signals between the service's instances, over Kafka. */
@NullMarked
package fi.osaava.notification.subscription.messaging;

import org.jspecify.annotations.NullMarked;
