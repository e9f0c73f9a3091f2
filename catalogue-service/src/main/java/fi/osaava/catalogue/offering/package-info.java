@NullMarked
package fi.osaava.catalogue.offering;

import org.jspecify.annotations.NullMarked;
