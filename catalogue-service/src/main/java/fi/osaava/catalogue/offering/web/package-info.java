@NullMarked
package fi.osaava.catalogue.offering.web;

import org.jspecify.annotations.NullMarked;
