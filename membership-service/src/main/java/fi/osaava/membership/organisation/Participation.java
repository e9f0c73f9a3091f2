package fi.osaava.membership.organisation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;

import fi.osaava.kit.domain.ConflictException;

/**
 * An organisation's part in one ecosystem: its ring and roles there, and where it stands. Lives inside
 * the organisation's document, so a transition and its event are one atomic write.
 */
public class Participation {

    /** Where an application may start again. */
    private static final Set<ParticipationStatus> AFTER_AN_END = EnumSet.of(ParticipationStatus.LEFT,
            ParticipationStatus.REJECTED);

    private String ecosystemId;
    private Ring ring;
    private List<ParticipationRole> roles;
    private ParticipationStatus status;
    /** What the organisation wrote when it applied, for the coordinator's decision. */
    private @Nullable String motivation;
    /** Why it was rejected or suspended; cleared when it becomes active again. */
    private @Nullable String reason;
    private Instant since;
    private Instant changedAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private Participation() {
    }

    private Participation(String ecosystemId, Ring ring, Set<ParticipationRole> roles, ParticipationStatus status,
                          @Nullable String motivation, Instant now) {
        this.ecosystemId = ecosystemId;
        this.ring = ring;
        this.roles = sorted(roles);
        this.status = status;
        this.motivation = motivation;
        this.since = now;
        this.changedAt = now;
    }

    static Participation applied(String ecosystemId, Ring requestedRing, @Nullable String motivation, Instant now) {
        return new Participation(ecosystemId, requestedRing, Set.of(), ParticipationStatus.APPLIED, motivation, now);
    }

    static Participation active(String ecosystemId, Ring ring, Set<ParticipationRole> roles, Instant now) {
        return new Participation(ecosystemId, ring, roles, ParticipationStatus.ACTIVE, null, now);
    }

    /**
     * Whether the organisation may apply again: it left or was rejected. One that applied, takes part or is
     * suspended may not.
     */
    boolean mayApplyAgain() {
        return AFTER_AN_END.contains(status);
    }

    /** A renewed application after LEFT or REJECTED; any other state is a 409. */
    void reapply(Ring requestedRing, @Nullable String newMotivation, Instant now) {
        require(AFTER_AN_END, "apply again");
        ring = requestedRing;
        roles = List.of();
        motivation = newMotivation;
        reason = null;
        since = now;
        move(ParticipationStatus.APPLIED, now);
    }

    void approve(Ring approvedRing, Set<ParticipationRole> approvedRoles, Instant now) {
        require(EnumSet.of(ParticipationStatus.APPLIED), "be approved");
        ring = approvedRing;
        roles = sorted(approvedRoles);
        since = now;
        move(ParticipationStatus.ACTIVE, now);
    }

    void reject(String why, Instant now) {
        require(EnumSet.of(ParticipationStatus.APPLIED), "be rejected");
        reason = why;
        move(ParticipationStatus.REJECTED, now);
    }

    void suspend(String why, Instant now) {
        require(EnumSet.of(ParticipationStatus.ACTIVE), "be suspended");
        reason = why;
        move(ParticipationStatus.SUSPENDED, now);
    }

    void reinstate(Instant now) {
        require(EnumSet.of(ParticipationStatus.SUSPENDED), "be reinstated");
        reason = null;
        move(ParticipationStatus.ACTIVE, now);
    }

    void leave(Instant now) {
        require(EnumSet.of(ParticipationStatus.ACTIVE, ParticipationStatus.SUSPENDED), "leave");
        if (roles.contains(ParticipationRole.COORDINATOR)) {
            throw new ConflictException("The coordinator of ecosystem " + ecosystemId
                    + " cannot leave it; hand the coordination to another organisation first");
        }
        move(ParticipationStatus.LEFT, now);
    }

    /**
     * Takes up the coordination: active, in the core ring, with the coordinator role, whatever the
     * participation was.
     *
     * @return whether anything changed
     */
    boolean takeCoordination(Instant now) {
        if (status == ParticipationStatus.ACTIVE && ring == Ring.CORE && roles.contains(ParticipationRole.COORDINATOR)) {
            return false;
        }
        ring = Ring.CORE;
        Set<ParticipationRole> more = EnumSet.of(ParticipationRole.COORDINATOR);
        more.addAll(roles);
        roles = sorted(more);
        reason = null;
        if (status != ParticipationStatus.ACTIVE) {
            since = now;
        }
        move(ParticipationStatus.ACTIVE, now);
        return true;
    }

    /** @return whether the organisation had the coordinator role */
    boolean handOverCoordination(Instant now) {
        if (!roles.contains(ParticipationRole.COORDINATOR)) {
            return false;
        }
        roles = roles.stream().filter(role -> role != ParticipationRole.COORDINATOR).toList();
        changedAt = now;
        return true;
    }

    private void require(Set<ParticipationStatus> from, String what) {
        if (!from.contains(status)) {
            throw new ConflictException("A participation that is " + status + " in ecosystem " + ecosystemId
                    + " cannot " + what);
        }
    }

    private void move(ParticipationStatus to, Instant now) {
        status = to;
        changedAt = now;
    }

    private static List<ParticipationRole> sorted(Set<ParticipationRole> roles) {
        return roles.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(roles));
    }

    public String ecosystemId() {
        return ecosystemId;
    }

    public Ring ring() {
        return ring;
    }

    public List<ParticipationRole> roles() {
        return roles;
    }

    public ParticipationStatus status() {
        return status;
    }

    public @Nullable String motivation() {
        return motivation;
    }

    public @Nullable String reason() {
        return reason;
    }

    public Instant since() {
        return since;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public boolean isActive() {
        return status == ParticipationStatus.ACTIVE;
    }
}
