/**
 * The coordinator's desk, members ({@code /desk/members/**}): applications to decide on, the directory with rings and
 * each participation's status (suspend, reinstate), passive members, and organisations' system clients. Every
 * decision is membership-service's; the pages show its answers and its refusals in the person's language.
 */
@NullMarked
package fi.osaava.portal.members;

import org.jspecify.annotations.NullMarked;
