@NullMarked
package fi.osaava.notification;

import org.jspecify.annotations.NullMarked;
