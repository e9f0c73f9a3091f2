package fi.osaava.localstack;

/** One running copy of a service: number 1 on the service's port, number 2 (if any) on a port of its own. */
record ServiceInstance(Service service, int number) {

    /** e.g. {@code needs-service}, {@code needs-service-2}: its process's and its log's name. */
    String name() {
        return number == 1 ? service.artifactName() : service.artifactName() + "-" + number;
    }
}
