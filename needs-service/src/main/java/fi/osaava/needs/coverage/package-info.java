@NullMarked
package fi.osaava.needs.coverage;

import org.jspecify.annotations.NullMarked;
