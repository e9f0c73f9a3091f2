/**
 * Passive membership: a small producer joins an ecosystem with an e-mail address and its interests,
 * confirms by double opt-in, is reached by alerts and leaves with one click, leaving nothing personal behind.
 */
@NullMarked
package fi.osaava.membership.passive;

import org.jspecify.annotations.NullMarked;
