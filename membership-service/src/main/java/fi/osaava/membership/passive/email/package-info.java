@NullMarked
package fi.osaava.membership.passive.email;

import org.jspecify.annotations.NullMarked;
