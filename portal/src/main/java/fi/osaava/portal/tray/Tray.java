package fi.osaava.portal.tray;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fi.osaava.portal.search.SearchPages;

/** An offering of the tray as catalogue-service serves it (the search goes through {@code SearchPages} too). */
@Component
public class Tray {

    private final SearchPages pages;

    Tray(SearchPages pages) {
        this.pages = pages;
    }

    /** One offering as the signed-in person (or a visitor) may see it; empty when unknown or not theirs to see. */
    public Optional<Offering> offering(String id) {
        return pages.item("/api/offerings", id, Offering.class);
    }
}
