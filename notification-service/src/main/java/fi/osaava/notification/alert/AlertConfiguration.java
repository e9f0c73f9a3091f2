package fi.osaava.notification.alert;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.task.PeriodicTask;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AlertProperties.class, DigestProperties.class})
class AlertConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Digests due are made on one instance at a time (a cluster lock); {@link Digests} is safe on several at once
     * (a digest's id is its subscription and day), but each run reads every waiting item.
     */
    @Bean
    PeriodicTask digestTask(Digests digests, @Value("${osaava.digests.check-interval:30s}") Duration interval,
            LockingTaskExecutor locks) {
        return PeriodicTask.oncePerCluster("digests", interval, digests::sendDue, locks);
    }

    /**
     * Deliveries due again are claimed on every instance, the first time at start-up: each claim is one conditional
     * update, so two instances never take the same ({@link DeliveryRetrier}).
     */
    @Bean
    PeriodicTask deliveryRetryTask(DeliveryRetrier retrier,
            @Value("${osaava.alerts.retry-interval:5s}") Duration interval) {
        return PeriodicTask.fromStart("delivery-retries", interval, retrier::retryDue);
    }

    /** The deliveries this instance is to send, in memory, taken in turn by the dispatchers. */
    @Bean
    DispatchQueue dispatchQueue(AlertProperties properties, MeterRegistry meters) {
        DispatchQueue queue = new DispatchQueue(properties.dispatchCapacity());
        Gauge.builder("osaava.alerts.dispatch.waiting", queue, DispatchQueue::size)
                .description("Deliveries waiting in memory for a dispatcher").register(meters);
        return queue;
    }
}
