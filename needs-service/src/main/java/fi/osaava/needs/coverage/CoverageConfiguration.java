package fi.osaava.needs.coverage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fi.osaava.kit.reference.ReferenceData;

@Configuration(proxyBeanMethods = false)
class CoverageConfiguration {

    @Bean
    CoveragePolicy coveragePolicy() {
        return new CoveragePolicy(ReferenceData.get());
    }
}
