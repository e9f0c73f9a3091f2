@NullMarked
package fi.osaava.notification.recipient;

import org.jspecify.annotations.NullMarked;
