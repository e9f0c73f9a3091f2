/**
 * The ecosystems of the deployment and each one's directory of member organisations by ring, open to anyone:
 * membership-service's public ecosystems and directory, with a way to join as a passive member.
 */
@NullMarked
package fi.osaava.portal.ecosystem;

import org.jspecify.annotations.NullMarked;
