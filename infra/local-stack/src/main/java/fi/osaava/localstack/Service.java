package fi.osaava.localstack;

/** The four services the stack runs, with their jar name, database and default port. */
public enum Service {

    MEMBERSHIP("membership-service", "osaava-membership", 8081),
    CATALOGUE("catalogue-service", "osaava-catalogue", 8082),
    NEEDS("needs-service", "osaava-needs", 8083),
    NOTIFICATION("notification-service", "osaava-notification", 8084);

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

    /** The MongoDB database the service keeps its data in, e.g. {@code osaava-needs}. */
    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
