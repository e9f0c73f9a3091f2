/** The unsubscribe and preferences pages behind the signed links of the mails: no login, no cookies. */
@NullMarked
package fi.osaava.notification.subscription.web;

import org.jspecify.annotations.NullMarked;
