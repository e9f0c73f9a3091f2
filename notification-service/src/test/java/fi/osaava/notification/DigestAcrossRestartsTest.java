package fi.osaava.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.testing.EmbeddedMongoInitializer;
import fi.osaava.kit.testing.TestEvents;
import fi.osaava.kit.testing.TestHttp;
import fi.osaava.kit.testing.TestTokens;
import fi.osaava.kit.testing.TestTokensInitializer;
import jakarta.mail.internet.MimeMessage;

/**
 * Daily digests across restarts: the service is stopped and started again between the alerts and their
 * digest, and between two digests, over the same store and broker. Each digest holds exactly what came
 * since the one before: nothing is lost, nothing repeated. The clock is the test's, so "07:00 in Helsinki
 * the next morning" comes when the test says.
 */
class DigestAcrossRestartsTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    static final String NEEDS = "needs.competence-needs.v1";

    @RegisterExtension
    static final GreenMailExtension SMTP = SmtpSink.perClass();

    static EmbeddedKafkaKraftBroker kafka;
    static String mongoUri;

    /** Replaces the service's clock (the bean named {@code clock}). */
    @Configuration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        mongoUri = EmbeddedMongoInitializer.connectionString("digest-restarts-" + UUID.randomUUID());
    }

    @AfterAll
    static void stop() {
        kafka.destroy();
    }

    static ConfigurableApplicationContext service() {
        return service(mongoUri);
    }

    static ConfigurableApplicationContext service(String mongoUri) {
        return new SpringApplicationBuilder(NotificationApplication.class, TestClock.class)
                .initializers(new TestTokensInitializer())
                // as arguments: they win over application.yml (builder properties would not)
                .run("--spring.main.allow-bean-definition-overriding=true",
                        "--server.port=0",
                        "--spring.mongodb.uri=" + mongoUri,
                        "--management.health.mongodb.enabled=false",
                        "--spring.cloud.stream.kafka.binder.brokers=" + kafka.getBrokersAsString(),
                        "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                        "--osaava.digests.check-interval=200ms",
                        "--osaava.alerts.retry-interval=200ms");
    }

    static int port(ConfigurableApplicationContext service) {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    static String need(String needId, String title) {
        String json = """
                {"needId":"%s","reportingOrganisationId":"org-pshva","region":"11","competenceAreas":["documentation"],
                 "targetGroup":"STAFF","title":"%s","description":"","estimatedLearners":10,"horizon":"NOW",
                 "publishedAt":"2026-11-23T09:00:00Z"}""".formatted(needId, title);
        EventContracts.assertConforms(EventContracts.COMPETENCE_NEED_PUBLISHED, json);
        return json;
    }

    static List<MimeMessage> mailsTo(String address) {
        return Mails.to(SMTP, address);
    }

    static long waitingItems(ConfigurableApplicationContext service) {
        return service.getBean(MongoTemplate.class).count(new Query(), "digest-items");
    }

    /** 07:01 in Helsinki on the given day. */
    static Instant morningOf(String day) {
        return ZonedDateTime.of(java.time.LocalDate.parse(day), java.time.LocalTime.of(7, 1), HELSINKI).toInstant();
    }

    @Test
    void recipientsKnownBeforeSubscriptionsAndKindsExistedGetTheirKindsAndDerivedSubscriptionsAtStart() {
        String database = "upgrade-" + UUID.randomUUID();
        String uri = EmbeddedMongoInitializer.connectionString(database);
        // a directory as the service before subscriptions left it: recipients only
        try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri)) {
            client.getDatabase(database).getCollection("recipients").insertOne(new org.bson.Document()
                    .append("_id", "org-vanha").append("name", "Vanha ammattiopisto").append("type", "VOCATIONAL_COLLEGE")
                    .append("status", "ACTIVE").append("regions", List.of("11"))
                    .append("competenceAreasOffered", List.of("documentation")).append("competenceAreasOfInterest", List.of())
                    .append("targetGroups", List.of()).append("contactEmail", "info@vanha.demo.osaava.fi")
                    .append("revision", 3L).append("contactPersons", List.of()));
        }
        try (ConfigurableApplicationContext service = service(uri)) {
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            assertThat(mongo.findById("derived:org-vanha:organisation", org.bson.Document.class, "subscriptions"))
                    .isNotNull()
                    .satisfies(subscription -> {
                        assertThat(subscription.get("address")).isEqualTo("info@vanha.demo.osaava.fi");
                        // derived after the recipient got its kind from its type (the migrations' order)
                        assertThat(subscription.get("role")).isEqualTo("PROVIDER");
                        assertThat(subscription.get("topics")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                                .contains("NEED_PUBLISHED");
                    });
            assertThat(mongo.findById("org-vanha", org.bson.Document.class, "recipients"))
                    .isNotNull().extracting(recipient -> recipient.get("kind")).isEqualTo("EDUCATION_PROVIDER");
        }
    }

    @Test
    void eachDailyDigestHoldsWhatCameSinceTheLastOneAcrossRestarts() {
        String address = "digesti@kotihoiva-" + UUID.randomUUID().toString().substring(0, 8) + ".demo.osaava.fi";
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        String firstCeId;

        try (ConfigurableApplicationContext service = service(); TestEvents events = TestEvents.to(kafka.getBrokersAsString())) {
            int status = TestHttp.to(port(service)).build().post().uri("/api/subscriptions")
                    .header("Authorization", "Bearer " + TestTokens.forOrganisation("org-kotihoiva", "MEMBER"))
                    .contentType(MediaType.APPLICATION_JSON).body("""
                            {"topics":["NEED_PUBLISHED"],"competenceAreas":["documentation"],"channel":"EMAIL",
                             "address":"%s","cadence":"DAILY"}""".formatted(address))
                    .retrieve().toBodilessEntity().getStatusCode().value();
            assertThat(status).isEqualTo(201);
            firstCeId = events.send(NEEDS, first, EventContracts.COMPETENCE_NEED_PUBLISHED, need(first, "Ensimmäinen tarve"));
            events.send(NEEDS, second, EventContracts.COMPETENCE_NEED_PUBLISHED, need(second, "Toinen tarve"));
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingItems(service) == 2);
            assertThat(mailsTo(address)).isEmpty();
        }

        // the next morning, after a restart: one digest with the two
        CLOCK.set(morningOf("2026-11-24"));
        try (ConfigurableApplicationContext service = service(); TestEvents events = TestEvents.to(kafka.getBrokersAsString())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 1);
            String digest = Mails.text(mailsTo(address).get(0));
            assertThat(digest).contains("Ensimmäinen tarve", "Toinen tarve");

            // a new need, and the first one redelivered: only the new one waits
            events.send(NEEDS, third, EventContracts.COMPETENCE_NEED_PUBLISHED, need(third, "Kolmas tarve"));
            events.send(NEEDS, first, EventContracts.COMPETENCE_NEED_PUBLISHED, need(first, "Ensimmäinen tarve"), firstCeId);
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingItems(service) == 3);
        }

        // the morning after, after another restart: the third alone
        CLOCK.set(morningOf("2026-11-25"));
        try (ConfigurableApplicationContext service = service()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 2);
            String digest = Mails.text(mailsTo(address).get(1));
            assertThat(digest).contains("Kolmas tarve").doesNotContain("Ensimmäinen tarve").doesNotContain("Toinen tarve");
            // and a third morning with nothing new sends nothing
            CLOCK.set(morningOf("2026-11-26"));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(address).size() == 2);
        }
    }
}
