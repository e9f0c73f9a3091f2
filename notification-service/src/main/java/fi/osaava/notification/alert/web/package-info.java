@NullMarked
package fi.osaava.notification.alert.web;

import org.jspecify.annotations.NullMarked;
