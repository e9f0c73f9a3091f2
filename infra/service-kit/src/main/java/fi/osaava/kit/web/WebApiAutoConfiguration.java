package fi.osaava.kit.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * How every service's HTTP API reads bodies and answers errors: strict JSON ({@link StrictRequestJson}),
 * and problem details also for errors that never reach a controller ({@link ProblemErrorController}
 * in place of Boot's error page, {@link ProblemErrorReportValve} in place of Tomcat's). Also part of
 * {@code @WebMvcTest} slices, so controller tests read bodies as the running service does.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemErrorController.class)
public class WebApiAutoConfiguration {

    @Bean
    StrictRequestJson strictRequestJson() {
        return new StrictRequestJson();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(StandardHost.class)
    static class TomcatErrors {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReportValve() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
