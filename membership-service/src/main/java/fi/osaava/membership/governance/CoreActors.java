package fi.osaava.membership.governance;

/**
 * Which organisations are core actors of an ecosystem: they may bring items to its meetings' agendas.
 * A port, so the answer can move to the per-ecosystem ring without touching governance.
 */
public interface CoreActors {

    boolean isCoreActor(String ecosystemId, String organisationId);
}
