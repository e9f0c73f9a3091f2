@NullMarked
package fi.osaava.catalogue.feed.web;

import org.jspecify.annotations.NullMarked;
