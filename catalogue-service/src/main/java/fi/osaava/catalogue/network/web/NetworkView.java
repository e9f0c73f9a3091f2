package fi.osaava.catalogue.network.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.catalogue.network.ExpertNetwork;
import fi.osaava.catalogue.network.NetworkKind;

/** A network as the API shows it; the contact person only to signed-in callers. */
record NetworkView(String id, String organisationId, String name, NetworkKind kind, String description,
                   String howToJoin, List<String> competenceAreas, List<String> regions, String language,
                   @Nullable ContactPerson contact, boolean active, Instant createdAt, Instant updatedAt) {

    static NetworkView of(ExpertNetwork network, boolean signedIn) {
        return new NetworkView(network.id(), network.organisationId(), network.name(), network.kind(),
                network.description(), network.howToJoin(), network.competenceAreas(), network.regions(),
                network.language(), signedIn ? network.contact() : null, network.active(), network.createdAt(),
                network.updatedAt());
    }
}
