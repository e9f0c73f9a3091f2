@NullMarked
package fi.osaava.needs.coverage.messaging;

import org.jspecify.annotations.NullMarked;
