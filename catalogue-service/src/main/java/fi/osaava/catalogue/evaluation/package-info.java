@NullMarked
package fi.osaava.catalogue.evaluation;

import org.jspecify.annotations.NullMarked;
