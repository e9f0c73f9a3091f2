@NullMarked
package fi.osaava.catalogue.thesis.web;

import org.jspecify.annotations.NullMarked;
