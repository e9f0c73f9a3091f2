/** The tray: the region's offerings, searched and filtered by anyone, and an offering's own page. */
@NullMarked
package fi.osaava.portal.tray;

import org.jspecify.annotations.NullMarked;
