@NullMarked
package fi.osaava.catalogue.feed.messaging;

import org.jspecify.annotations.NullMarked;
