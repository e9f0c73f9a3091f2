package fi.osaava.localstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The command line and environment each service process is started with. What is the same at every start lives in
 * the service's own {@code application-local.yml} (the profile {@value #PROFILE}); what is given here is only what
 * this start decides: ports, addresses, the issuer, the client ids, and the secrets in the environment.
 *
 * @param ports             the port of each instance
 * @param mongoPort         the store's port
 * @param kafkaBootstrap    e.g. {@code 127.0.0.1:9092}
 * @param smtpPort          where mail goes
 * @param credentials       the coordinator's and the portal's clients
 * @param extraArguments    appended to every service's command line (not the portal's)
 */
record ServiceCommands(StackSettings settings, ToIntFunction<ServiceInstance> ports, int mongoPort,
                       String kafkaBootstrap, int smtpPort, StackCredentials credentials) {

    /** The Spring profile every process of the local stack runs with. */
    static final String PROFILE = "local";

    List<String> command(ServiceInstance instance) {
        Service service = instance.service();
        return service == Service.PORTAL ? portalCommand() : serviceCommand(instance);
    }

    Map<String, String> environment(Service service) {
        return secretEnvironment(service, credentials);
    }

    /**
     * A second instance differs from the first only in its port: the links in mails and the token issuer stay the
     * first's (the same data answers on both).
     */
    private List<String> serviceCommand(ServiceInstance instance) {
        Service service = instance.service();
        // the services run with the normal JIT (C2): what they do under load is what is measured
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(),
                service == Service.NOTIFICATION ? "-Xmx1g" : "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-jar", settings.jar(service).toString(),
                "--spring.profiles.active=" + PROFILE,
                "--server.port=" + ports.applyAsInt(instance),
                "--spring.mongodb.uri=mongodb://" + Ports.LOOPBACK + ":" + mongoPort + "/" + service.database(),
                "--spring.cloud.stream.kafka.binder.brokers=" + kafkaBootstrap,
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrap));
        if (service == Service.NOTIFICATION || service == Service.MEMBERSHIP) {
            // alerts (notification) and passive members' confirmation and leave mails (membership)
            command.add("--spring.mail.port=" + smtpPort);
        }
        if (service == Service.MEMBERSHIP) {
            // the links in membership's mails lead back to it
            command.add("--osaava.passive-members.public-url=" + firstUrl(service));
            // the portal signs people in and out through it, on whatever port the portal got
            String portal = firstUrl(Service.PORTAL);
            command.add("--osaava.identity.portal-client.redirect-uris=" + portal + "/login/oauth2/code/osaava");
            command.add("--osaava.identity.portal-client.post-logout-redirect-uris=" + portal + "/");
        }
        if (service == Service.NOTIFICATION) {
            // the unsubscribe and preferences links in alert mails lead back to it
            command.add("--osaava.notifications.public-url=" + firstUrl(service));
        }
        command.addAll(securityArguments(service, firstUrl(Service.MEMBERSHIP), credentials));
        command.addAll(settings.extraServiceArguments());
        return command;
    }

    /** The portal: the services' addresses as a browser on this machine reaches them, and its sign-in client. */
    private List<String> portalCommand() {
        List<String> command = new ArrayList<>(List.of(ChildProcess.javaExecutable(), "-Xmx256m", "-Dfile.encoding=UTF-8",
                "-jar", settings.jar(Service.PORTAL).toString(),
                "--server.port=" + ports.applyAsInt(new ServiceInstance(Service.PORTAL, 1))));
        for (Service service : Service.values()) {
            if (service.hasApi()) {
                command.add("--osaava.portal." + service.name().toLowerCase(Locale.ROOT) + "=" + firstUrl(service));
            }
        }
        credentials.portal().ifPresent(portal -> command.add("--osaava.portal.sign-in.client-id=" + portal.clientId()));
        // the extra arguments are the services' settings (Kafka, alerts, logging of fi.osaava …), not the portal's
        return command;
    }

    private String firstUrl(Service service) {
        return "http://localhost:" + ports.applyAsInt(new ServiceInstance(service, 1));
    }

    /**
     * Every service validates the tokens' {@code iss} against membership-service's URL (and fetches its
     * keys from {@code <issuer>/oauth2/jwks}); membership-service issues with it and gets the bootstrap
     * coordinator client and the portal's client.
     */
    static List<String> securityArguments(Service service, String issuer, StackCredentials credentials) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--osaava.security.issuer=" + issuer);
        if (service == Service.MEMBERSHIP) {
            arguments.add("--osaava.identity.issuer=" + issuer);
            arguments.add("--osaava.identity.coordinator.client-id=" + credentials.coordinator().clientId());
            credentials.portal().ifPresent(portal ->
                    arguments.add("--osaava.identity.portal-client.client-id=" + portal.clientId()));
        }
        return arguments;
    }

    /**
     * The bootstrap coordinator's and the portal's secrets reach membership-service in its environment, never on its
     * command line (which every user of the machine can read).
     */
    static Map<String, String> secretEnvironment(Service service, StackCredentials credentials) {
        if (service == Service.PORTAL) {
            return credentials.portal()
                    .map(portal -> Map.of("OSAAVA_PORTAL_SIGN_IN_CLIENT_SECRET", portal.clientSecret()))
                    .orElse(Map.of());
        }
        if (service != Service.MEMBERSHIP) {
            return Map.of();
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("OSAAVA_IDENTITY_COORDINATOR_CLIENT_SECRET", credentials.coordinator().clientSecret());
        credentials.portal().ifPresent(portal ->
                secrets.put("OSAAVA_IDENTITY_PORTAL_CLIENT_CLIENT_SECRET", portal.clientSecret()));
        return secrets;
    }
}
