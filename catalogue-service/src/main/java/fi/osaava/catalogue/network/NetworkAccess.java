package fi.osaava.catalogue.network;

import org.springframework.stereotype.Component;

import fi.osaava.catalogue.listing.HostedItemAccess;

/**
 * Who may do what with expert networks: the rules of every hosted item ({@link HostedItemAccess}) on
 * {@code /api/networks}, whose status change is {@code close}.
 */
@Component
class NetworkAccess extends HostedItemAccess {

    NetworkAccess() {
        super("/api/networks", "close", "Network");
    }
}
