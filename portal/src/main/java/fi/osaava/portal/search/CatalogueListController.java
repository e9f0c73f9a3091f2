package fi.osaava.portal.search;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.portal.reference.ReferenceData;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages of one kind of catalogue item that anyone may read: its search at the path the subclass maps
 * ({@code @RequestMapping("/networks")}) and an item at that path and its id. With htmx a changed filter replaces
 * only the search area. The item's view gets the item under the view's own name ({@code network/network}: as
 * {@code network}). A subclass adds the choices its search form offers.
 *
 * @param <T> the item as the catalogue answers it
 * @param <S> the search its query parameters bind to
 */
public abstract class CatalogueListController<T, S extends Search> {

    private final SearchPages pages;
    private final ReferenceData reference;
    private final String api;
    private final Class<T> type;
    private final ParameterizedTypeReference<Results<T>> results;
    private final String searchView;
    private final String itemView;

    /** {@code api}: the catalogue's path for this kind, such as {@code /api/networks}. */
    protected CatalogueListController(SearchPages pages, ReferenceData reference, String api, Class<T> type,
                                      String searchView, String itemView) {
        this.pages = pages;
        this.reference = reference;
        this.api = api;
        this.type = type;
        this.results = ParameterizedTypeReference.forType(
                ResolvableType.forClassWithGenerics(Results.class, type).getType());
        this.searchView = searchView;
        this.itemView = itemView;
    }

    @ModelAttribute
    public void common(Model model) {
        model.addAttribute("reference", reference);
    }

    @GetMapping
    public String search(@Validated @ModelAttribute("search") S search, BindingResult errors,
                         @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, Model model,
                         HttpServletResponse response) {
        model.addAttribute("found", pages.find(api, search, errors, results, response));
        choices(model);
        return SearchPages.view(searchView, search, htmx, response);
    }

    /** The values the search form offers for the kind's own filters. */
    protected abstract void choices(Model model);

    @GetMapping("/{id}")
    public String item(@PathVariable String id, Model model) {
        model.addAttribute(itemView.substring(itemView.lastIndexOf('/') + 1), pages.item(api, id, type)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return itemView;
    }
}
