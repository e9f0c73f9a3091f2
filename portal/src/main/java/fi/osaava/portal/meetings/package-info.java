/**
 * The coordinator's meetings ({@code /desk/meetings}): membership-service's meetings of an ecosystem, scheduling
 * one, and a meeting's agenda, the core actors' proposals accepted or declined, the agenda published, the
 * decisions recorded, the meeting cancelled. membership-service decides what each step allows.
 */
@NullMarked
package fi.osaava.portal.meetings;

import org.jspecify.annotations.NullMarked;
