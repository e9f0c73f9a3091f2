@NullMarked
package fi.osaava.notification.recipient.web;

import org.jspecify.annotations.NullMarked;
