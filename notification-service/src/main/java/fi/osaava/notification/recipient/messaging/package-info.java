@NullMarked
package fi.osaava.notification.recipient.messaging;

import org.jspecify.annotations.NullMarked;
