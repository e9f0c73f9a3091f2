package fi.osaava.portal.clock;

/** An ecosystem a coordinator keeps, as membership-service's {@code /api/ecosystems} describes it. */
public record DeskEcosystem(String id, String name, String coordinatorOrganisationId) {
}
