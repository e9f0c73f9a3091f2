/** The front page. */
@NullMarked
package fi.osaava.portal.home;

import org.jspecify.annotations.NullMarked;
