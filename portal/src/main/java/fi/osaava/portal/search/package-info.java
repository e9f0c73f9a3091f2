/**
 * What the catalogue's list pages share (thesis topics, networks): the search bound from the page's query
 * parameters, which are also the catalogue API's, a page of results with its paging, the call that maps the
 * catalogue's refusals onto the fields, and the htmx partial.
 */
@NullMarked
package fi.osaava.portal.search;

import org.jspecify.annotations.NullMarked;
