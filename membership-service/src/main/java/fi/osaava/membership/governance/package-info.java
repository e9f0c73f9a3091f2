/** Governance of an ecosystem: its annual clock, meetings, agendas and the core actors who bring items to them. */
@NullMarked
package fi.osaava.membership.governance;

import org.jspecify.annotations.NullMarked;
