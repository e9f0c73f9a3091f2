package fi.osaava.catalogue.offering;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fi.osaava.kit.testing.QueryLog;

/**
 * A provider's offering goes from draft to published, changed and withdrawn finding the offering by a unique key
 * only, with the indexes the document declares: mongo-java-server, the local stack's store, uses an index only for
 * a filter of exactly an index's keys, and would read every offering of the catalogue for any other.
 */
class OfferingPublishQueriesTest {

    private final QueryLog queries = new QueryLog();
    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private OfferingManagement management;

    @BeforeEach
    void store() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()))
                .addCommandListener(queries).build());
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.setAutoIndexCreation(true);
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        mongo = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "catalogue"), converter);
        management = new OfferingManagement(new MongoRepositoryFactory(mongo).getRepository(Offerings.class), new OfferingAccess(),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void publishingChangingAndWithdrawingAnOfferingFindItByAUniqueKeyOnly() {
        Offering offering = management.create(OfferingTest.webinar(), false, OfferingTest.TAMK);
        management.publish(offering.id(), OfferingTest.TAMK);
        management.revise(offering.id(), OfferingTest.webinar("Uusi nimi"), null, OfferingTest.TAMK);
        management.withdraw(offering.id(), "cancelled", OfferingTest.TAMK);

        queries.assertUniqueKeyLookups(mongo, "offerings");
    }
}
