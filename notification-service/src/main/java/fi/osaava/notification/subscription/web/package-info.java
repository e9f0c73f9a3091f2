/** The subscriptions API, and the unsubscribe and preferences pages reached by signed links. */
@NullMarked
package fi.osaava.notification.subscription.web;

import org.jspecify.annotations.NullMarked;
