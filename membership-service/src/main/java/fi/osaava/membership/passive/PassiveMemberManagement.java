package fi.osaava.membership.passive;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.ecosystem.Ecosystem;
import fi.osaava.membership.ecosystem.EcosystemManagement;

/**
 * Joining, confirming, leaving and erasing passive members. Logs name members by id only: an address
 * never reaches a log.
 */
@Service
public class PassiveMemberManagement {

    private static final Logger log = LoggerFactory.getLogger(PassiveMemberManagement.class);

    private final PassiveMembers members;
    private final EcosystemManagement ecosystems;
    private final PassiveAccess access;
    private final PassiveMemberMail mail;
    private final PassiveMemberProperties properties;
    private final Clock clock;

    PassiveMemberManagement(PassiveMembers members, EcosystemManagement ecosystems, PassiveAccess access,
                            PassiveMemberMail mail, PassiveMemberProperties properties, Clock clock) {
        this.members = members;
        this.ecosystems = ecosystems;
        this.access = access;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Someone asks to join with an address. Whatever the address's state, the caller learns nothing about
     * it: a new or PENDING address gets a (new) confirmation link, a member's address a "you are a member
     * already" mail with its leave link. An unknown ecosystem is a 404, regions outside it a 400.
     */
    public void join(String ecosystemId, String email, PassiveMemberProfile profile) {
        Ecosystem ecosystem = ecosystems.get(ecosystemId);
        List<String> outside = profile.regions().stream().filter(region -> !ecosystem.regions().contains(region)).toList();
        if (!outside.isEmpty()) {
            throw new InvalidFieldException("regions", "must be regions of ecosystem " + ecosystemId + " "
                    + ecosystem.regions() + "; not " + outside);
        }
        try {
            joinOrRemind(ecosystem, email, profile);
        } catch (DuplicateKeyException concurrentJoin) {
            // two requests with the same address at once: the second finds the first's member
            joinOrRemind(ecosystem, email, profile);
        }
    }

    private void joinOrRemind(Ecosystem ecosystem, String email, PassiveMemberProfile profile) {
        OptimisticRetry.run(() -> {
            Instant now = clock.instant();
            Optional<PassiveMember> known = members.findByAddressKey(PassiveMember.addressKey(ecosystem.id(), email));
            PassiveMember member = known.orElseGet(() -> PassiveMember.join(ecosystem.id(), email, profile, now));
            member.rejoin(profile);
            if (known.isPresent() && !member.mayMailAgain(now, properties.mailInterval())) {
                log.info("Passive member {} of {} asked to join again; mailed a moment ago, not again", member.id(),
                        ecosystem.id());
                return members.save(member);
            }
            SecretToken leave = member.issueLeaveToken();
            PassiveMemberMail.Recipient recipient = new PassiveMemberMail.Recipient(member.id(), email.strip(),
                    member.language(), ecosystem.name(), properties.leaveLink(leave));
            boolean alreadyMember = member.status() == PassiveMemberStatus.ACTIVE;
            SecretToken confirmation = alreadyMember ? null : member.issueConfirmation(now, properties.confirmationValidity());
            member.mailed(now);
            PassiveMember saved = known.isPresent() ? members.save(member) : members.insert(member);
            boolean sent = confirmation == null ? mail.tellAlreadyMember(recipient)
                    : mail.askToConfirm(recipient, properties.confirmationPage(confirmation));
            log.info("Passive member {} of {} {}; {} mail {}", saved.id(), ecosystem.id(),
                    known.isPresent() ? "asked to join again" : "joined", alreadyMember ? "already-member" : "confirmation",
                    sent ? "sent" : "NOT sent");
            return saved;
        });
    }

    /** What the link would do, without doing it. */
    public ConfirmationLink confirmation(String token) {
        return members.findByConfirmationTokenSha256(SecretToken.sha256Of(token))
                .map(member -> new ConfirmationLink(member.confirmation(clock.instant()), member.language()))
                .orElse(new ConfirmationLink(Confirmation.UNKNOWN, null));
    }

    public ConfirmationLink confirm(String token) {
        return OptimisticRetry.run(() -> {
            Optional<PassiveMember> found = members.findByConfirmationTokenSha256(SecretToken.sha256Of(token));
            if (found.isEmpty()) {
                return new ConfirmationLink(Confirmation.UNKNOWN, null);
            }
            PassiveMember member = found.get();
            Confirmation outcome = member.confirm(clock.instant());
            if (outcome == Confirmation.CONFIRMED) {
                members.save(member);
                log.info("Passive member {} of {} confirmed", member.id(), member.ecosystemId());
            }
            return new ConfirmationLink(outcome, member.language());
        });
    }

    /** What the leave link would do, without doing it. */
    public Leaving leaving(String token) {
        return members.findByLeaveTokenSha256s(SecretToken.sha256Of(token))
                .map(member -> new Leaving(member.isLive() ? Leaving.Outcome.MEMBER : Leaving.Outcome.ALREADY_LEFT,
                        member.language()))
                .orElse(new Leaving(Leaving.Outcome.UNKNOWN, null));
    }

    public Leaving leave(String token) {
        return OptimisticRetry.run(() -> {
            Optional<PassiveMember> found = members.findByLeaveTokenSha256s(SecretToken.sha256Of(token));
            if (found.isEmpty()) {
                return new Leaving(Leaving.Outcome.UNKNOWN, null);
            }
            PassiveMember member = found.get();
            if (!member.leave(clock.instant())) {
                return new Leaving(Leaving.Outcome.ALREADY_LEFT, member.language());
            }
            members.save(member);
            log.info("Passive member {} of {} left", member.id(), member.ecosystemId());
            return new Leaving(Leaving.Outcome.LEFT, member.language());
        });
    }

    /** The ecosystem's coordinator only; an unknown member is a 404, a repeated erasure changes nothing. */
    public void erase(String ecosystemId, String memberId, Actor actor) {
        access.requireCoordinator(ecosystemId, actor);
        OptimisticRetry.run(() -> {
            PassiveMember member = members.findById(memberId).filter(m -> m.ecosystemId().equals(ecosystemId))
                    .orElseThrow(() -> new NotFoundException("Passive member", memberId));
            if (member.erase(clock.instant(), actor.actedBy())) {
                members.save(member);
                log.info("Passive member {} of {} erased by {}", member.id(), ecosystemId, actor.subject());
            }
            return member;
        });
    }

    /** The ecosystem's coordinator only. */
    public List<PassiveMember> list(String ecosystemId, Actor actor, Pageable page) {
        access.requireCoordinator(ecosystemId, actor);
        return members.findByEcosystemIdOrderByJoinedAtAsc(ecosystemId, page);
    }
}
