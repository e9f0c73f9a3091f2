@NullMarked
package fi.osaava.kit.event;

import org.jspecify.annotations.NullMarked;
