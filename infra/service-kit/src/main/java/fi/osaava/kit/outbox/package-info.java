@NullMarked
package fi.osaava.kit.outbox;

import org.jspecify.annotations.NullMarked;
