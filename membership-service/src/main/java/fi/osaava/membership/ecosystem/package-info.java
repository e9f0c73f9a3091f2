@NullMarked
package fi.osaava.membership.ecosystem;

import org.jspecify.annotations.NullMarked;
