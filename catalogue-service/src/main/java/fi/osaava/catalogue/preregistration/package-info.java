@NullMarked
package fi.osaava.catalogue.preregistration;

import org.jspecify.annotations.NullMarked;
