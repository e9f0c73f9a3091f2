/** Joining an ecosystem as a passive member by e-mail (membership-service's double opt-in), open to anyone. */
@NullMarked
package fi.osaava.portal.join;

import org.jspecify.annotations.NullMarked;
