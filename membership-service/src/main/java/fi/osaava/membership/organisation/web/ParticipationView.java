package fi.osaava.membership.organisation.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.membership.organisation.Participation;
import fi.osaava.membership.organisation.ParticipationRole;
import fi.osaava.membership.organisation.ParticipationStatus;
import fi.osaava.membership.organisation.Ring;

/** An organisation's part in one ecosystem, as the organisation itself and the coordinators see it. */
record ParticipationView(String ecosystemId, Ring ring, List<ParticipationRole> roles, ParticipationStatus status,
                         @Nullable String reason, Instant since, Instant changedAt) {

    static ParticipationView of(Participation p) {
        return new ParticipationView(p.ecosystemId(), p.ring(), p.roles(), p.status(), p.reason(), p.since(),
                p.changedAt());
    }
}
