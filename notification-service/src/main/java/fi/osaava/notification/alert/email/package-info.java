@NullMarked
package fi.osaava.notification.alert.email;

import org.jspecify.annotations.NullMarked;
