@NullMarked
package fi.osaava.needs.foresight.web;

import org.jspecify.annotations.NullMarked;
