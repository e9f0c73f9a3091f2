/** The coordinator's desk ({@code /desk/**}, role COORDINATOR): its start page with the live overview. */
@NullMarked
package fi.osaava.portal.desk;

import org.jspecify.annotations.NullMarked;
