/**
 * An education provider's offerings: publishing a new one with every field of the offering model, and answering
 * a competence need with it.
 */
@NullMarked
package fi.osaava.portal.offerings;

import org.jspecify.annotations.NullMarked;
