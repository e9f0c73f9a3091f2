@NullMarked
package fi.osaava.needs.need.web;

import org.jspecify.annotations.NullMarked;
