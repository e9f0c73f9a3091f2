package fi.osaava.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClients;

import fi.osaava.kit.testing.EmbeddedMongoInitializer;

class ProcessedEventsTest {

    @Test
    void claimsAnEventOncePerConsumer() {
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(EmbeddedMongoInitializer.connectionString("x")),
                "processed-" + UUID.randomUUID());
        ProcessedEvents processed = new ProcessedEvents(mongo);

        assertThat(processed.claim("alerts", "e-1")).isTrue();
        assertThat(processed.claim("alerts", "e-1")).isFalse();
        assertThat(processed.claim("directory", "e-1")).isTrue();
        assertThat(processed.seen("alerts", "e-1")).isTrue();
        assertThat(processed.seen("alerts", "e-2")).isFalse();
    }
}
