package fi.osaava.notification.alert;

import java.time.Clock;
import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import fi.osaava.kit.security.RoleEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({AlertProperties.class, DigestProperties.class})
class AlertConfiguration {

    /** The recipient directory is the coordinator's; the delivery log checks who asks (an organisation sees its own). */
    @Bean
    RoleEndpoints coordinatorReadsRecipients() {
        return RoleEndpoints.coordinatorOnly(HttpMethod.GET, "/api/recipients", "/api/recipients/**");
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Sends new deliveries off the consumer threads. When it is full the consumer sends itself, which slows
     * consumption instead of piling up work in memory; what a crash leaves behind the retrier finds.
     */
    @Bean
    ThreadPoolTaskExecutor alertDispatching(AlertProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.dispatchers());
        executor.setMaxPoolSize(properties.dispatchers());
        executor.setQueueCapacity(1000);
        executor.setThreadNamePrefix("alert-dispatch-");
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        return executor;
    }
}
