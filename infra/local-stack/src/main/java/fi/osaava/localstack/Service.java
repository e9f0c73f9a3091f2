package fi.osaava.localstack;

/**
 * What the stack runs as processes: the four services, with their jar name, database and default port, and the
 * portal (no database: it keeps no data of its own).
 */
public enum Service {

    MEMBERSHIP("membership-service", "osaava-membership", 8081),
    CATALOGUE("catalogue-service", "osaava-catalogue", 8082),
    NEEDS("needs-service", "osaava-needs", 8083),
    NOTIFICATION("notification-service", "osaava-notification", 8084),
    PORTAL("portal", "", 8080);

    private final String artifactName;
    private final String database;
    private final int defaultPort;

    Service(String artifactName, String database, int defaultPort) {
        this.artifactName = artifactName;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    /** e.g. {@code needs-service}: the jar is {@code <stackDir>/needs-service.jar}, the log {@code <dataDir>/logs/needs-service.log}. */
    public String artifactName() {
        return artifactName;
    }

    /** The MongoDB database the service keeps its data in, e.g. {@code osaava-needs}; empty for the portal. */
    public String database() {
        return database;
    }

    /** The four services have an API (OpenAPI, Swagger UI, a database); the portal has pages. */
    public boolean hasApi() {
        return this != PORTAL;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
