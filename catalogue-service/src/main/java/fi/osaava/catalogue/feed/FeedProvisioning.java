package fi.osaava.catalogue.feed;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.SecurityDisabledException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import fi.osaava.kit.domain.ConflictException;

/**
 * Gives a provider's system its own Kafka principal, {@code User:provider-<organisationId>} (SCRAM-SHA-512), its
 * topic, and the right to write and describe only topics prefixed {@code provider.<organisationId>.} — so an
 * event on that topic can only have come from that provider. Asks the broker through the Admin API with the
 * catalogue's own principal, which must be allowed to alter SCRAM credentials, create topics and ACLs.
 */
public class FeedProvisioning {

    static final ScramMechanism MECHANISM = ScramMechanism.SCRAM_SHA_512;
    private static final int ITERATIONS = 8192;
    private static final long TIMEOUT_SECONDS = 20;

    private final Map<String, Object> adminConfig;
    private final String providerBootstrapServers;
    private final FeedProperties properties;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param adminConfig Kafka client properties of the catalogue's admin principal ({@code bootstrap.servers},
     *                    {@code security.protocol}, {@code sasl.*})
     */
    public FeedProvisioning(Map<String, Object> adminConfig, FeedProperties properties) {
        Map<String, Object> config = new HashMap<>(adminConfig);
        config.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        this.adminConfig = Map.copyOf(config);
        this.properties = properties;
        String provider = properties.providerBootstrapServers();
        this.providerBootstrapServers = provider == null || provider.isBlank()
                ? String.valueOf(config.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) : provider;
    }

    /** The Admin client's properties (for tests of the configuration). */
    Map<String, Object> adminConfig() {
        return adminConfig;
    }

    /**
     * Creates (or re-creates with a new password: the old one stops working) the provider's credential, its
     * topic and its prefixed ACLs. Repeating it is safe.
     *
     * @throws ConflictException              when the cluster has no authorizer or no SCRAM-SHA-512, so there is
     *                                        nothing a credential could protect
     * @throws FeedAccessUnavailableException when the broker cannot be asked
     */
    public FeedCredentials grant(String organisationId) {
        String username = ProviderTopics.usernameOf(organisationId);
        String prefix = ProviderTopics.prefixOf(organisationId);
        String topic = ProviderTopics.topicOf(organisationId);
        String password = newPassword();
        try (Admin admin = Admin.create(adminConfig)) {
            requireSecurity(admin);
            createTopic(admin, topic);
            await(admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(username,
                    new ScramCredentialInfo(MECHANISM, ITERATIONS), password))).all());
            ResourcePattern topics = new ResourcePattern(ResourceType.TOPIC, prefix, PatternType.PREFIXED);
            // WRITE also allows an idempotent producer (KIP-679), so no cluster-wide IDEMPOTENT_WRITE is needed
            await(admin.createAcls(List.of(
                    new AclBinding(topics, new AccessControlEntry("User:" + username, "*", AclOperation.WRITE,
                            AclPermissionType.ALLOW)),
                    new AclBinding(topics, new AccessControlEntry("User:" + username, "*", AclOperation.DESCRIBE,
                            AclPermissionType.ALLOW)))).all());
        }
        return new FeedCredentials(organisationId, username, password, topic, prefix, providerBootstrapServers,
                "SASL_PLAINTEXT", MECHANISM.mechanismName());
    }

    private void requireSecurity(Admin admin) {
        try {
            admin.describeAcls(AclBindingFilter.ANY).values().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SecurityDisabledException) {
                throw new ConflictException("Kafka security is not enabled on this cluster (no authorizer), so a "
                        + "provider's own Kafka credentials would protect nothing; publish over HTTP instead or "
                        + "enable SASL/SCRAM and an authorizer on the broker");
            }
            throw unavailable(e.getCause());
        } catch (TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
        String broker = await(admin.describeCluster().nodes()).iterator().next().idString();
        ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, broker);
        Config config = await(admin.describeConfigs(List.of(resource)).all()).get(resource);
        ConfigEntry mechanisms = config.get("sasl.enabled.mechanisms");
        if (mechanisms == null || mechanisms.value() == null || !mechanisms.value().contains(MECHANISM.mechanismName())) {
            throw new ConflictException("Kafka security is not enabled on this cluster for providers: "
                    + MECHANISM.mechanismName() + " is not among the broker's sasl.enabled.mechanisms");
        }
    }

    private void createTopic(Admin admin, String topic) {
        try {
            admin.createTopics(List.of(new NewTopic(topic, properties.partitions(), properties.replicationFactor())))
                    .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw unavailable(e.getCause());
            }
        } catch (TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        } catch (TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static FeedAccessUnavailableException unavailable(Throwable cause) {
        return new FeedAccessUnavailableException("Kafka did not grant the feed access: " + cause, cause);
    }

    private String newPassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
