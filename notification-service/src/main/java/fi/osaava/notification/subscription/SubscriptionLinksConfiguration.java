package fi.osaava.notification.subscription;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.task.PeriodicTask;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LinkProperties.class)
class SubscriptionLinksConfiguration {

    /** Each instance's index catches up with what other instances wrote ({@link SubscriptionIndex#catchUp()}). */
    @Bean
    PeriodicTask subscriptionCatchUpTask(SubscriptionIndex index,
            @Value("${osaava.subscriptions.catch-up-interval:10s}") Duration interval) {
        return PeriodicTask.fromStart("subscription-catch-up", interval, index::catchUp);
    }
}
