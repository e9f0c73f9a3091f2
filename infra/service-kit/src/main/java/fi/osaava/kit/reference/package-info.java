@NullMarked
package fi.osaava.kit.reference;

import org.jspecify.annotations.NullMarked;
