package fi.osaava.catalogue.network;

import java.util.List;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.catalogue.listing.HostedItem;

/** What the hosting organisation writes about a network. */
public record NetworkDraft(String name, NetworkKind kind, String description, String howToJoin,
                           List<String> competenceAreas, List<String> regions, String language,
                           ContactPerson contact) implements HostedItem.Draft {
}
