/**
 * The webhook channel's self-contained parts: Standard Webhooks signatures, the guard against
 * server-side request forgery, and one HTTP attempt per call. Retrying is the delivery ledger's.
 */
@NullMarked
package fi.osaava.notification.alert.webhook;

import org.jspecify.annotations.NullMarked;
