/** The shared reference data (competence vocabulary, regions) as labels in the person's language. */
@NullMarked
package fi.osaava.portal.reference;

import org.jspecify.annotations.NullMarked;
