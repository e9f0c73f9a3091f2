package fi.osaava.catalogue.preregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import fi.osaava.catalogue.offering.OfferingFactsLookup;
import fi.osaava.kit.outbox.OutboxSignals;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.testing.EmbeddedMongoInitializer;
import fi.osaava.kit.domain.ConflictException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A read of the seat ledger that mixes two versions of the stored document — what mongo-java-server hands out when
 * it sends a document while an update rewrites its fields one by one — must not decide a step: the step is not
 * written, and runs again on the real state. The mix is forced here, so the interleaving is not left to chance.
 */
class PreRegistrationTornReadTest {

    final String database = "torn-read-" + UUID.randomUUID();
    final MongoClient client = MongoClients.create(EmbeddedMongoInitializer.connectionString(database));
    final MongoTemplate mongo = new MongoTemplate(client, database);
    final TestOfferings offerings = new TestOfferings(mongo);

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aReadWithTheNewRevisionButTheOldSeatCountHandsOutNoSeatTooMany() {
        String offering = offerings.funded(2);
        Document oneHeld = afterRegistering(offering, "org-a");
        Document full = afterRegistering(offering, "org-b");
        Document mixed = new Document(full).append("reservedSeats", oneHeld.getInteger("reservedSeats"));

        assertThatThrownBy(() -> readingFirst(mixed).register(offering, 1, actor("org-c")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("full");

        assertStoredLedger(offering, 2, "org-a", "org-b");
    }

    @Test
    void aReadWithTheNewSeatCountButTheOldPreRegistrationsLosesNoneOfThem() {
        String offering = offerings.funded(3);
        Document oneHeld = afterRegistering(offering, "org-a");
        Document twoHeld = afterRegistering(offering, "org-b");
        Document mixed = new Document(twoHeld).append("preRegistrations", oneHeld.get("preRegistrations"));

        assertThat(readingFirst(mixed).register(offering, 1, actor("org-c")).changed()).isTrue();

        assertStoredLedger(offering, 3, "org-a", "org-b", "org-c");
    }

    private Document afterRegistering(String offering, String organisation) {
        management(mongo).register(offering, 1, actor(organisation));
        return offerings.ledger(offering);
    }

    /** An instance whose store answers its first read of a ledger with {@code mixed}, and then truly. */
    private PreRegistrationManagement readingFirst(Document mixed) {
        AtomicBoolean served = new AtomicBoolean();
        MongoTemplate store = new MongoTemplate(client, database) {
            @Override
            public <T> @Nullable T findById(Object id, Class<T> type) {
                if (type == SeatLedger.class && served.compareAndSet(false, true)) {
                    return getConverter().read(type, mixed);
                }
                return super.findById(id, type);
            }
        };
        return management(store);
    }

    private static PreRegistrationManagement management(MongoTemplate store) {
        return new PreRegistrationManagement(new OfferingFeatureCatalogue(new OfferingFactsLookup(store)),
                new SeatLedgers(store, new OutboxSignals(List.of())), new PreRegistrationAccess(), Clock.systemUTC(),
                new SimpleMeterRegistry());
    }

    private static Actor actor(String organisation) {
        return new Actor("client-" + organisation, organisation, Set.of(Actor.MEMBER));
    }

    private void assertStoredLedger(String offering, int heldSeats, String... organisations) {
        Document ledger = offerings.ledger(offering);
        List<Document> active = ledger.getList("preRegistrations", Document.class).stream()
                .filter(p -> !"CANCELLED".equals(p.getString("status"))).toList();
        assertThat(ledger.getInteger("reservedSeats")).isEqualTo(heldSeats);
        assertThat(active).extracting(p -> p.getString("organisationId")).containsExactly(organisations);
    }
}
