@NullMarked
package fi.osaava.kit.inbox;

import org.jspecify.annotations.NullMarked;
