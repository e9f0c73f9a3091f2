@NullMarked
package fi.osaava.kit.web;

import org.jspecify.annotations.NullMarked;
