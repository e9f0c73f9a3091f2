@NullMarked
package fi.osaava.membership.governance.clock;

import org.jspecify.annotations.NullMarked;
