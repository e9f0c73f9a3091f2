@NullMarked
package fi.osaava.membership;

import org.jspecify.annotations.NullMarked;
