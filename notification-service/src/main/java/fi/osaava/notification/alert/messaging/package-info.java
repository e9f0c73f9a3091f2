@NullMarked
package fi.osaava.notification.alert.messaging;

import org.jspecify.annotations.NullMarked;
