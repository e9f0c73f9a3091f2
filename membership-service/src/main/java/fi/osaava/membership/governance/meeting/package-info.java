@NullMarked
package fi.osaava.membership.governance.meeting;

import org.jspecify.annotations.NullMarked;
