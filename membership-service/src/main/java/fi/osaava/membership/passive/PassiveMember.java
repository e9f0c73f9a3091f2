package fi.osaava.membership.passive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.event.OutboxAggregate;
import fi.osaava.membership.organisation.TargetGroup;

/**
 * A small producer that takes part passively in one ecosystem: it only wants to hear about the needs of
 * its regions and interests. Joining costs an e-mail address; the address counts only once its owner
 * confirmed it (double opt-in), and leaving or erasure removes it.
 *
 * <p>What stays after the end: leaving keeps the SHA-256 of the address (the proof that this address
 * asked to leave, and when), the language (to answer a repeated leave link in it) and the hashes of the
 * leave tokens (so a repeated leave link is answered "you have left" rather than "unknown link"); erasure
 * drops the hash of the address too. The SHA-256 is pseudonymous, not anonymous: it finds an address one
 * already holds, nothing more.
 */
@Document("passive-members")
public class PassiveMember extends OutboxAggregate {

    /** Each mail brings a new leave link; older mails' links stay valid, up to this many. */
    static final int LEAVE_TOKENS_KEPT = 50;
    private static final String GONE = "gone:";

    @Id
    private String id;
    @Version
    private @Nullable Long version;
    private String ecosystemId;
    private PassiveMemberStatus status;
    /**
     * {@code <ecosystem>:<SHA-256 of the address>} while the member is PENDING or ACTIVE, so one address is
     * a live member of an ecosystem at most once; {@code gone:<id>} after it left or was erased.
     */
    @Indexed(unique = true)
    private String addressKey;
    private @Nullable String email;
    private @Nullable String emailSha256;
    private @Nullable String organisationName;
    private List<String> regions = new ArrayList<>();
    private List<String> competenceAreas = new ArrayList<>();
    private List<TargetGroup> targetGroups = new ArrayList<>();
    private String language;
    @Indexed(sparse = true)
    private @Nullable String confirmationTokenSha256;
    private @Nullable Instant confirmationExpiresAt;
    @Indexed
    private List<String> leaveTokenSha256s = new ArrayList<>();
    private Instant joinedAt;
    private @Nullable Instant lastMailedAt;
    private @Nullable Instant confirmedAt;
    private @Nullable Instant leftAt;
    private @Nullable Instant erasedAt;

    @PersistenceCreator
    @SuppressWarnings("NullAway.Init")
    private PassiveMember() {
    }

    private PassiveMember(String ecosystemId, String email, PassiveMemberProfile profile, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.ecosystemId = ecosystemId;
        this.status = PassiveMemberStatus.PENDING;
        this.email = email.strip();
        this.emailSha256 = EmailHash.of(email);
        this.addressKey = addressKey(ecosystemId, email);
        this.language = profile.language();
        this.joinedAt = now;
        apply(profile);
    }

    /** A new PENDING member: nothing is published until its address is confirmed. */
    public static PassiveMember join(String ecosystemId, String email, PassiveMemberProfile profile, Instant now) {
        return new PassiveMember(ecosystemId, email, profile, now);
    }

    /** The key of a live member of the ecosystem with this address. */
    static String addressKey(String ecosystemId, String email) {
        return ecosystemId + ":" + EmailHash.of(email);
    }

    /**
     * Joining again before confirming: the latest wishes replace the earlier ones (they are what the owner of
     * the address will confirm). A confirmed member's wishes are not changed by an unauthenticated request.
     */
    void rejoin(PassiveMemberProfile profile) {
        if (status == PassiveMemberStatus.PENDING) {
            apply(profile);
            language = profile.language();
        }
    }

    private void apply(PassiveMemberProfile profile) {
        this.organisationName = profile.organisationName();
        this.regions = new ArrayList<>(profile.regions());
        this.competenceAreas = new ArrayList<>(profile.competenceAreas());
        this.targetGroups = new ArrayList<>(profile.targetGroups());
    }

    /** A new confirmation link, valid for {@code validity}; any earlier one stops working. */
    SecretToken issueConfirmation(Instant now, Duration validity) {
        requireLive();
        SecretToken token = SecretToken.generate();
        confirmationTokenSha256 = token.sha256();
        confirmationExpiresAt = now.plus(validity);
        return token;
    }

    /** A new leave link for the next mail; the links of earlier mails keep working. */
    SecretToken issueLeaveToken() {
        requireLive();
        SecretToken token = SecretToken.generate();
        leaveTokenSha256s.add(token.sha256());
        if (leaveTokenSha256s.size() > LEAVE_TOKENS_KEPT) {
            leaveTokenSha256s.remove(0);
        }
        return token;
    }

    void mailed(Instant now) {
        lastMailedAt = now;
    }

    /** Whether a mail may go to the address again: not more often than once per {@code interval}. */
    boolean mayMailAgain(Instant now, Duration interval) {
        return lastMailedAt == null || !now.isBefore(lastMailedAt.plus(interval));
    }

    /** What the confirmation link would do now, without doing it (the page behind a GET shows this). */
    public Confirmation confirmation(Instant now) {
        return switch (status) {
            case ACTIVE -> Confirmation.ALREADY_CONFIRMED;
            case LEFT, ERASED -> Confirmation.UNKNOWN;
            case PENDING -> confirmationExpiresAt == null || !now.isBefore(confirmationExpiresAt)
                    ? Confirmation.EXPIRED : Confirmation.CONFIRMED;
        };
    }

    /**
     * The owner of the address confirmed it: ACTIVE, and the event that lets others reach it. Confirming
     * again changes nothing; an expired link confirms nothing.
     */
    public Confirmation confirm(Instant now) {
        Confirmation outcome = confirmation(now);
        if (outcome == Confirmation.CONFIRMED) {
            status = PassiveMemberStatus.ACTIVE;
            confirmedAt = now;
            raise(new PassiveMemberConfirmed(id, ecosystemId,
                    requireEmail(), organisationName, regions, competenceAreas, targetGroups, language, now), now);
        }
        return outcome;
    }

    /**
     * The member left by its leave link: LEFT, and everything personal but the address's SHA-256 is gone.
     * Only a member that was ever confirmed was published, so only its leaving is. Returns false when it had
     * left (or was erased) before.
     */
    public boolean leave(Instant now) {
        if (!isLive()) {
            return false;
        }
        status = PassiveMemberStatus.LEFT;
        leftAt = now;
        if (confirmedAt != null) {
            raise(new PassiveMemberLeft(id, ecosystemId, requireHash(), now), now);
        }
        forgetPersonalData();
        return true;
    }

    /**
     * The coordinator erased the member (GDPR art. 17), live or left: ERASED, and not even the address's
     * SHA-256 stays beyond the event that tells the others to erase it. Returns false when already erased.
     */
    public boolean erase(Instant now, ActedBy actedBy) {
        if (status == PassiveMemberStatus.ERASED) {
            return false;
        }
        boolean published = confirmedAt != null;
        String hash = requireHash();
        status = PassiveMemberStatus.ERASED;
        erasedAt = now;
        if (published) {
            raise(new PassiveMemberErased(id, ecosystemId, hash, now, actedBy), now);
        }
        forgetPersonalData();
        emailSha256 = null;
        return true;
    }

    private void forgetPersonalData() {
        email = null;
        organisationName = null;
        regions = new ArrayList<>();
        competenceAreas = new ArrayList<>();
        targetGroups = new ArrayList<>();
        confirmationTokenSha256 = null;
        confirmationExpiresAt = null;
        addressKey = GONE + id;
    }

    public boolean isLive() {
        return status == PassiveMemberStatus.PENDING || status == PassiveMemberStatus.ACTIVE;
    }

    private void requireLive() {
        if (!isLive()) {
            throw new IllegalStateException("passive member " + id + " is " + status);
        }
    }

    private String requireEmail() {
        if (email == null) {
            throw new IllegalStateException("passive member " + id + " has no address");
        }
        return email;
    }

    private String requireHash() {
        if (emailSha256 == null) {
            throw new IllegalStateException("passive member " + id + " has no address hash");
        }
        return emailSha256;
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String ecosystemId() {
        return ecosystemId;
    }

    public PassiveMemberStatus status() {
        return status;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String emailSha256() {
        return emailSha256;
    }

    public @Nullable String organisationName() {
        return organisationName;
    }

    public List<String> regions() {
        return List.copyOf(regions);
    }

    public List<String> competenceAreas() {
        return List.copyOf(competenceAreas);
    }

    public List<TargetGroup> targetGroups() {
        return List.copyOf(targetGroups);
    }

    public String language() {
        return language;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    public @Nullable Instant leftAt() {
        return leftAt;
    }

    public @Nullable Instant erasedAt() {
        return erasedAt;
    }
}
