/**
 * The domain's refusals, free of HTTP: services throw these from their aggregates and management classes, and the
 * web layer maps them to problem details in one place.
 */
@NullMarked
package fi.osaava.kit.domain;

import org.jspecify.annotations.NullMarked;
