/**
 * Foresight: the region's demand for competence per area, horizon and region, its trend by quarter,
 * and the coordinator's prioritised list for annual planning. Read-only reports over the stored needs,
 * using only the public types of the {@code need} feature.
 */
@NullMarked
package fi.osaava.needs.foresight;

import org.jspecify.annotations.NullMarked;
