/**
 * The coordinator's gaps and priorities ({@code /desk/gaps}): needs-service's gap list filtered by ecosystem, region,
 * competence area and horizon, a need's priority set with its reason and its history of decisions, and the print view
 * for the prioritisation meeting. The order and the rules are needs-service's; the portal only shows and asks.
 */
@NullMarked
package fi.osaava.portal.priorities;

import org.jspecify.annotations.NullMarked;
