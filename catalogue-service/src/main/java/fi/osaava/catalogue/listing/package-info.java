/**
 * What the items a member organisation hosts beside its offerings (thesis topics, expert networks) share: the
 * host, areas, regions, language, contact and search index, the search over them, the use cases every kind has
 * (add, revise by its host, read, erase a contact) and how their API answers. Each kind keeps its own fields,
 * transitions, filters and endpoints.
 */
@NullMarked
package fi.osaava.catalogue.listing;

import org.jspecify.annotations.NullMarked;
