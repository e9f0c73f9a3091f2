package fi.osaava.portal.thesis;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A thesis topic as catalogue-service shows it; only what the pages use (a tolerant reader: other fields are
 * ignored). The texts are in the topic's {@code language}; the contact person is there only for a signed-in person.
 */
public record ThesisTopic(String id, String title, String description, String field, List<String> degreeLevels,
                          List<String> competenceAreas, List<String> regions, String language,
                          @Nullable Contact contact, String status, @Nullable Instant createdAt) {

    public record Contact(String name, String email) {
    }
}
