@NullMarked
package fi.osaava.kit;

import org.jspecify.annotations.NullMarked;
