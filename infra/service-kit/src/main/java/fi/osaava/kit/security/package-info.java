@NullMarked
package fi.osaava.kit.security;

import org.jspecify.annotations.NullMarked;
