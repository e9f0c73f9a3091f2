package fi.osaava.kit.task;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

/**
 * Locks across a service's instances for the jobs that must run once per cluster ({@link PeriodicTask#oncePerCluster}):
 * ShedLock's MongoDB provider, one document per lock in the service's own database (collection {@code shedLock}),
 * taken with one conditional upsert by {@code _id}.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterLocks {

    @Bean
    @ConditionalOnMissingBean
    LockProvider clusterLockProvider(MongoDatabaseFactory mongo) {
        return new MongoLockProvider(mongo.getMongoDatabase());
    }

    @Bean
    @ConditionalOnMissingBean
    LockingTaskExecutor clusterLockingTaskExecutor(LockProvider locks) {
        return new DefaultLockingTaskExecutor(locks);
    }
}
