@NullMarked
package fi.osaava.catalogue.evaluation.web;

import org.jspecify.annotations.NullMarked;
