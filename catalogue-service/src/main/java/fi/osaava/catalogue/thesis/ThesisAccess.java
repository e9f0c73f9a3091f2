package fi.osaava.catalogue.thesis;

import org.springframework.stereotype.Component;

import fi.osaava.catalogue.listing.HostedItemAccess;

/**
 * Who may do what with thesis topics: the rules of every hosted item ({@link HostedItemAccess}) on
 * {@code /api/thesis-topics}, whose status change is {@code status}.
 */
@Component
class ThesisAccess extends HostedItemAccess {

    ThesisAccess() {
        super("/api/thesis-topics", "status", "Thesis topic");
    }
}
