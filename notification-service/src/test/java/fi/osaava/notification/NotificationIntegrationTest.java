package fi.osaava.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.RestClient;

import fi.osaava.kit.testing.ServiceIntegrationTest;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.notification.recipient.Recipients;

/**
 * What this service's integration tests share: the topics they send to and read, their context's broker, HTTP
 * port, recipient directory and store, and the questions they ask the API as the coordinator.
 *
 * <p>It adds nothing to the context's configuration, so a subclass gets the context it would get without it. A
 * class with an SMTP server of its own ({@link SmtpSink}) points the service at it from a
 * {@code @DynamicPropertySource} of its own, and so has a context of its own (one server a context).
 */
@ServiceIntegrationTest
abstract class NotificationIntegrationTest {

    static final String ORGS = "membership.organisations.v1";
    static final String PASSIVE_MEMBERS = "membership.passive-members.v1";
    static final String GOVERNANCE = "membership.governance.v1";
    static final String ECOSYSTEMS = "membership.ecosystems.v1";
    static final String NEEDS = "needs.competence-needs.v1";
    static final String OFFERINGS = "catalogue.offerings.v1";
    static final String ALERTS = "notification.alerts.v1";

    /** This context's broker (see {@link ServiceIntegrationTest} for why not the system property). */
    @Value("#{@embeddedKafka.brokersAsString}")
    String brokers;

    @LocalServerPort
    int port;

    @Autowired
    Recipients recipients;

    @Autowired
    MongoTemplate mongo;

    /** A mail domain no other test uses, e.g. {@code savonia-1a2b3c4d.demo.osaava.fi}. */
    static String domain(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + ".demo.osaava.fi";
    }

    RestClient api() {
        return TestHttp.to(port).build();
    }

    /** The deliveries of the alerts a need raised, as the coordinator sees them. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> deliveriesOf(String needId) {
        return api().get().uri("/api/deliveries?needId={id}", needId)
                .header("Authorization", "Bearer " + TestTokens.coordinator()).retrieve().body(List.class);
    }

    /** An organisation's subscriptions, as the coordinator sees them. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> subscriptionsOf(String ownerId) {
        List<Map<String, Object>> list = api().get().uri("/api/subscriptions?ownerId={id}", ownerId)
                .header("Authorization", "Bearer " + TestTokens.coordinator()).retrieve().body(List.class);
        return list == null ? List.of() : list;
    }

    /** Every stored document of a collection, as JSON, to search for a trace of an address. */
    String collectionJson(String collection) {
        StringBuilder json = new StringBuilder();
        mongo.getCollection(collection).find().forEach(document -> json.append(document.toJson()).append('\n'));
        return json.toString();
    }
}
