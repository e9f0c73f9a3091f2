@NullMarked
package fi.osaava.needs.need;

import org.jspecify.annotations.NullMarked;
