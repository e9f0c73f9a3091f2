/** The load harness: one bounded run against a fresh local stack that prints one table ({@link fi.osaava.load.LoadMain}). */
@NullMarked
package fi.osaava.load;

import org.jspecify.annotations.NullMarked;
