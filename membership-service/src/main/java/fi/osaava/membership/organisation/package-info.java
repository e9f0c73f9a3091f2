@NullMarked
package fi.osaava.membership.organisation;

import org.jspecify.annotations.NullMarked;
