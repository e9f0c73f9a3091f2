/** Which subscriptions one alert event reaches: the event, the criteria, the index and its brute-force oracle. */
@NullMarked
package fi.osaava.notification.matching;

import org.jspecify.annotations.NullMarked;
