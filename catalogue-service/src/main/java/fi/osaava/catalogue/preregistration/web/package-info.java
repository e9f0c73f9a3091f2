@NullMarked
package fi.osaava.catalogue.preregistration.web;

import org.jspecify.annotations.NullMarked;
