@NullMarked
package fi.osaava.catalogue;

import org.jspecify.annotations.NullMarked;
