package fi.osaava.notification.alert.email;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmtpProperties.class)
class EmailConfiguration {

    /** The connections to {@code spring.mail.host}, closed when the service stops. */
    @Bean(destroyMethod = "close")
    SmtpConnections smtpConnections(JavaMailSenderImpl mail, SmtpProperties properties, MeterRegistry meters) {
        return new SmtpConnections(mail, properties, meters);
    }
}
