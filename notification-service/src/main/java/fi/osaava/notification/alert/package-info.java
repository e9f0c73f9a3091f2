@NullMarked
package fi.osaava.notification.alert;

import org.jspecify.annotations.NullMarked;
