/**
 * The coordinator's foresight ({@code /desk/foresight}): needs-service's demand per competence area × horizon × region
 * and its trend per quarter, each drawn as a server-side SVG chart with the same figures in a table beside it, and the
 * service's CSV downloads passed through with the coordinator's token. The figures are needs-service's; the portal
 * only lays them out.
 */
@NullMarked
package fi.osaava.portal.foresight;

import org.jspecify.annotations.NullMarked;
