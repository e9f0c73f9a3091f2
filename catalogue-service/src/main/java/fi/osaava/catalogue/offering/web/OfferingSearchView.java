package fi.osaava.catalogue.offering.web;

import java.util.List;
import java.util.Map;

/** A page of the tray's search with the facet counts of all matches (not only this page). */
record OfferingSearchView(List<OfferingView> items, long total, int page, int size, boolean truncated,
                          Map<String, Map<String, Long>> facets) {
}
