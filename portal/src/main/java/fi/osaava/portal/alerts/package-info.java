/**
 * The organisation's alert subscriptions: the ones derived from its profile and the ones its people made, and a new
 * e-mail subscription with topics, areas, regions, target groups, cadence and language (notification-service's rules).
 */
@NullMarked
package fi.osaava.portal.alerts;

import org.jspecify.annotations.NullMarked;
