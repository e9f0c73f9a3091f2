@NullMarked
package fi.osaava.catalogue.feed;

import org.jspecify.annotations.NullMarked;
