/**
 * Who a published need reached and why not the others: {@code /desk/reach} (the coordinator, with where alerts went)
 * and {@code /my/needs/{id}/reach} (the reporting organisation, without anyone's contacts), both from
 * notification-service's {@code /api/reach}, which owns the matching rule.
 */
@NullMarked
package fi.osaava.portal.reach;

import org.jspecify.annotations.NullMarked;
