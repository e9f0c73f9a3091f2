/** Contact persons named on catalogue items, and their erasure. */
@NullMarked
package fi.osaava.catalogue.contact;

import org.jspecify.annotations.NullMarked;
