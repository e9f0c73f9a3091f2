/** Work a service repeats on its own thread while it runs. */
@NullMarked
package fi.osaava.kit.task;

import org.jspecify.annotations.NullMarked;
