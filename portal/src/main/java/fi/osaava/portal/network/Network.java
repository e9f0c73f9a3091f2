package fi.osaava.portal.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A network as catalogue-service shows it; only what the pages use (a tolerant reader: other fields are ignored).
 * The texts are in the network's {@code language}; the contact person is there only for a signed-in person.
 */
public record Network(String id, String name, String kind, String description, String howToJoin,
                      List<String> competenceAreas, List<String> regions, String language, @Nullable Contact contact,
                      boolean active) {

    public record Contact(String name, String email) {
    }
}
