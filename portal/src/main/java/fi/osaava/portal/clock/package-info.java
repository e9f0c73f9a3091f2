/**
 * The coordinator's annual clock ({@code /desk/clock}): membership-service's annual-clock entries drawn as a
 * wheel (vuosikello) with a list beside it, and their editing. Also the desk's choice of ecosystem and its core
 * actors ({@link fi.osaava.portal.desk.DeskEcosystems}), which the meetings pages share.
 */
@NullMarked
package fi.osaava.portal.clock;

import org.jspecify.annotations.NullMarked;
