package fi.osaava.membership.organisation;

import java.util.Set;

/** The ecosystem coordinator's approval of an application: the ring and roles the organisation has there. */
public record ParticipationDecision(Ring ring, Set<ParticipationRole> roles) {
}
