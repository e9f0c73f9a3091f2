package fi.osaava.localstack.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import fi.osaava.localstack.StackCredentials;

/** The ids of the thesis topics (by title), networks (by name) and pre-registrations as they are posted. */
final class CatalogueExtras {

    final Map<String, String> thesisTopics;
    final Map<String, String> networks;
    final Map<String, String> preRegistrations;

    CatalogueExtras(Map<String, String> thesisTopics, Map<String, String> networks, Map<String, String> preRegistrations) {
        this.thesisTopics = new LinkedHashMap<>(thesisTopics);
        this.networks = new LinkedHashMap<>(networks);
        this.preRegistrations = new LinkedHashMap<>(preRegistrations);
    }

    static CatalogueExtras none() {
        return new CatalogueExtras(Map.of(), Map.of(), Map.of());
    }

    static CatalogueExtras of(DemoIds ids) {
        return new CatalogueExtras(ids.thesisTopics(), ids.networks(), ids.preRegistrations());
    }

    CatalogueExtras copy() {
        return new CatalogueExtras(thesisTopics, networks, preRegistrations);
    }

    DemoIds ids(boolean loadedNow, Map<String, String> organisations, Map<String, String> offerings,
                Map<String, String> needs, StackCredentials credentials) {
        return new DemoIds(loadedNow, organisations, offerings, needs, thesisTopics, networks, preRegistrations, credentials);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CatalogueExtras o && thesisTopics.equals(o.thesisTopics) && networks.equals(o.networks)
                && preRegistrations.equals(o.preRegistrations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(thesisTopics, networks, preRegistrations);
    }
}
