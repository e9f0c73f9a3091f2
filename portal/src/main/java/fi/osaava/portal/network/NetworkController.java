package fi.osaava.portal.network;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import fi.osaava.portal.reference.ReferenceData;
import fi.osaava.portal.search.CatalogueListController;
import fi.osaava.portal.search.SearchPages;

/**
 * The networks' pages, open to anyone: the search ({@code /networks?q=…&kind=…}) and a network with how to join it
 * ({@code /networks/{id}}). With htmx a changed filter replaces only the search area.
 */
@Controller
@RequestMapping("/networks")
class NetworkController extends CatalogueListController<Network, NetworkSearch> {

    NetworkController(SearchPages pages, ReferenceData reference) {
        super(pages, reference, "/api/networks", Network.class, "network/search", "network/network");
    }

    @Override
    protected void choices(Model model) {
        model.addAttribute("kinds", NetworkSearch.KINDS.split("\\|"));
    }
}
