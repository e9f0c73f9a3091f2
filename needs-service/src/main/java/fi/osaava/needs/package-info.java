@NullMarked
package fi.osaava.needs;

import org.jspecify.annotations.NullMarked;
