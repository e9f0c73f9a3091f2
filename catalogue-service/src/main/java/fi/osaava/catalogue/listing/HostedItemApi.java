package fi.osaava.catalogue.listing;

import java.net.URI;
import java.util.function.BiFunction;

import org.springframework.http.ResponseEntity;

import fi.osaava.kit.search.SearchResult;
import fi.osaava.kit.security.Actors;

/**
 * How a kind of hosted item answers at its API path: its host sees the whole item, the contact person included;
 * anyone else sees the contact person only when signed in. {@code view} makes the answer from an item and whether
 * the contact person is shown. The kind's controller keeps its own mappings and documentation; a web helper here,
 * as a module's other packages are its own.
 */
public final class HostedItemApi<T extends HostedItem, V> {

    private final String path;
    private final BiFunction<T, Boolean, V> view;

    public HostedItemApi(String path, BiFunction<T, Boolean, V> view) {
        this.path = path;
        this.view = view;
    }

    /** The signed-in caller's organisation, the host of what it adds or changes. */
    public static String host() {
        return Actors.current().organisationId();
    }

    /** 201 with the new item as its host sees it, and where it is. */
    public ResponseEntity<V> created(T item) {
        return ResponseEntity.created(URI.create(path + "/" + item.id())).body(toHost(item));
    }

    public V toHost(T item) {
        return view.apply(item, true);
    }

    public V toCaller(T item) {
        return view.apply(item, signedIn());
    }

    public SearchResult<V> toCaller(SearchResult<T> found) {
        boolean signedIn = signedIn();
        return found.map(item -> view.apply(item, signedIn));
    }

    private static boolean signedIn() {
        return Actors.optional().isPresent();
    }
}
