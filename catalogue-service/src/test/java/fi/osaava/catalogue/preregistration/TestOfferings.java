package fi.osaava.catalogue.preregistration;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import fi.osaava.kit.search.SearchText;
import fi.osaava.kit.search.TextAnalysis;

/**
 * Offerings written straight into the {@code offerings} collection in the shape the offering model stores today
 * (its {@code titles} and {@code search} included: written after the store migrations ran, an offering without them
 * would be one that no release stores, and reading the tray would fail on it).
 */
final class TestOfferings {

    static final String PROVIDER = "org-savonia";
    static final String TITLE = "Turvallinen lääkehoito kotihoidossa";

    private final MongoTemplate mongo;

    TestOfferings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A PUBLISHED FUNDED offering of {@link #PROVIDER} whose deadline is a week away. */
    String funded(int capacity) {
        return insert("PUBLISHED", "FUNDED", capacity, Instant.now().plus(Duration.ofDays(7)));
    }

    String insert(String status, String pricingKind, Integer capacity, Instant registrationDeadline) {
        String id = UUID.randomUUID().toString();
        Instant startsAt = registrationDeadline.plus(Duration.ofDays(14));
        Document pricing = new Document("kind", pricingKind);
        if ("FUNDED".equals(pricingKind)) {
            pricing.append("funder", "Pohjois-Savon hyvinvointialue");
        } else if ("PAID".equals(pricingKind)) {
            pricing.append("priceEur", 120);
        }
        Document offering = new Document("_id", id)
                .append("providerOrganisationId", PROVIDER)
                .append("status", status)
                .append("title", TITLE)
                .append("titles", new Document("fi", TITLE))
                .append("description", "Rahoitettu täydennyskoulutus")
                .append("search", searchOf(TITLE))
                .append("category", "PROVIDER_TRAINING")
                .append("targetGroups", List.of("STAFF"))
                .append("competenceAreas", List.of("medication-safety"))
                .append("regions", List.of("11"))
                .append("createdAt", new Date())
                .append("startsAt", Date.from(startsAt))
                .append("endsAt", Date.from(startsAt.plus(Duration.ofDays(2))))
                .append("registrationDeadline", Date.from(registrationDeadline))
                .append("pricing", pricing)
                .append("capacity", capacity);
        mongo.getCollection("offerings").insertOne(offering);
        return id;
    }

    /** The search text of an offering with only a Finnish title, as the offering model makes and stores it. */
    private static Document searchOf(String finnishTitle) {
        SearchText search = TextAnalysis.index(Map.of("fi", finnishTitle), Map.of());
        return new Document("titleStems", search.titleStems()).append("bodyStems", search.bodyStems())
                .append("grams", search.grams());
    }

    /** The stored ledger document itself, as another instance of the service would read it. */
    Document ledger(String offeringId) {
        return mongo.getCollection("seat_ledgers").find(new Document("_id", offeringId)).first();
    }
}
