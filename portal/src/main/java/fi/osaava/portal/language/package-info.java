/** The person's language: Finnish by default, Swedish or English by the switch on every page, remembered. */
@NullMarked
package fi.osaava.portal.language;

import org.jspecify.annotations.NullMarked;
