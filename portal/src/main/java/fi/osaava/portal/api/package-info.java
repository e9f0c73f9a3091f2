/**
 * Calling the four services' public APIs: one {@code RestClient} per service, with the signed-in person's access
 * token (renewed with the refresh token when it has expired), and their errors turned into what a page can show.
 */
@NullMarked
package fi.osaava.portal.api;

import org.jspecify.annotations.NullMarked;
