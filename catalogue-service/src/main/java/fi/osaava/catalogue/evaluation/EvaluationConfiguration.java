package fi.osaava.catalogue.evaluation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.outbox.OutboxRoute;

@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

    /** Binding {@code evaluations-out} has destination {@code catalogue.evaluations.v1}. */
    @Bean
    OutboxRoute evaluationEvents() {
        return OutboxRoute.withoutVersion(Evaluation.COLLECTION, "evaluations-out");
    }
}
