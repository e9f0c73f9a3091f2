package fi.osaava.kit.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service against real parts: an embedded KRaft Kafka broker, a MongoDB wire-protocol
 * server and tokens from {@link TestTokens}, on a random HTTP port.
 *
 * <p>A test reaches its context's broker with {@code @Value("#{@embeddedKafka.brokersAsString}")}, not
 * {@code ${spring.embedded.kafka.brokers}}: that system property names the broker of whichever cached
 * context started last, so a test class that reuses an older context would talk to another broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1)
@ContextConfiguration(initializers = {EmbeddedMongoInitializer.class, TestTokensInitializer.class})
public @interface ServiceIntegrationTest {
}
