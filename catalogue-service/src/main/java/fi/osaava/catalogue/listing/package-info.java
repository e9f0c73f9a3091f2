/**
 * What the items a member organisation hosts beside its offerings (thesis topics, expert networks) share: the
 * host, areas, regions, language, contact and search index, and the search over them.
 */
@NullMarked
package fi.osaava.catalogue.listing;

import org.jspecify.annotations.NullMarked;
