package fi.osaava.needs;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

import fi.osaava.needs.coverage.CoverageManagement;
import fi.osaava.needs.need.Needs;

/**
 * The service's store without its web layer and broker: its repositories, its use cases and the indexes its
 * documents declare. For looking at the queries of the hot paths, and for {@link NeedIntakeBenchmark}.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
@EnableMongoRepositories(basePackageClasses = {Needs.class, CoverageManagement.class})
@ComponentScan(basePackageClasses = {Needs.class, CoverageManagement.class}, excludeFilters =
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "fi\\.osaava\\.needs\\..*\\.(web|messaging)\\..*"))
class NeedsStore {
}
