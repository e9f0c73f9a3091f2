/**
 * The signed-in person's own alerts ({@code /my/preferences}): the subscriptions that come to their own address, with
 * their topics, areas, regions, cadence and language, stopped and taken again (notification-service's rules).
 */
@NullMarked
package fi.osaava.portal.preferences;

import org.jspecify.annotations.NullMarked;
