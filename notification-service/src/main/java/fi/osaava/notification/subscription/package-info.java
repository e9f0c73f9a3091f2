/** Subscriptions: explicit ones, ones derived from membership profiles, and a person's own preferences. */
@NullMarked
package fi.osaava.notification.subscription;

import org.jspecify.annotations.NullMarked;
