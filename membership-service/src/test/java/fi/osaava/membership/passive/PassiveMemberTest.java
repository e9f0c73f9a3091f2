package fi.osaava.membership.passive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.event.OutboxEvent;
import fi.osaava.membership.organisation.TargetGroup;

class PassiveMemberTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Duration VALIDITY = Duration.ofHours(72);
    static final String ADDRESS = "Palvelut@Pieni-Hoivakoti.example.org";
    static final PassiveMemberProfile PROFILE = new PassiveMemberProfile("Pieni hoivakoti Oy", List.of("11"),
            List.of("medication-safety"), List.of(TargetGroup.STAFF), "fi");

    static PassiveMember joined() {
        PassiveMember member = PassiveMember.join("pohjois-savo", ADDRESS, PROFILE, NOW);
        member.issueConfirmation(NOW, VALIDITY);
        member.issueLeaveToken();
        return member;
    }

    static OutboxEvent last(PassiveMember member) {
        return member.pendingEvents().get(member.pendingEvents().size() - 1);
    }

    @Test
    void aNewMemberIsPendingAndPublishesNothing() {
        PassiveMember member = joined();

        assertThat(member.status()).isEqualTo(PassiveMemberStatus.PENDING);
        assertThat(member.pendingEvents()).isEmpty();
        assertThat(member.emailSha256()).isEqualTo(EmailHash.of(ADDRESS));
    }

    @Test
    void confirmingActivatesOnceAndPublishesWhatIsNeededToReachTheMember() {
        PassiveMember member = joined();

        assertThat(member.confirm(NOW.plusSeconds(60))).isEqualTo(Confirmation.CONFIRMED);
        assertThat(member.confirm(NOW.plusSeconds(120))).isEqualTo(Confirmation.ALREADY_CONFIRMED);

        assertThat(member.status()).isEqualTo(PassiveMemberStatus.ACTIVE);
        OutboxEvent event = member.pendingEvents().get(0);
        assertThat(member.pendingEvents()).hasSize(1);
        assertThat(event.type()).isEqualTo(EventContracts.PASSIVE_MEMBER_CONFIRMED);
        EventContracts.assertConforms(event.type(), event.payload());
        assertThat(event.payload()).contains(ADDRESS.strip(), "medication-safety", "\"language\":\"fi\"");
    }

    @Test
    void anExpiredConfirmationConfirmsNothing() {
        PassiveMember member = joined();

        assertThat(member.confirm(NOW.plus(VALIDITY))).isEqualTo(Confirmation.EXPIRED);
        assertThat(member.status()).isEqualTo(PassiveMemberStatus.PENDING);
        assertThat(member.pendingEvents()).isEmpty();
    }

    @Test
    void askingWhatTheLinkWouldDoChangesNothing() {
        PassiveMember member = joined();

        assertThat(member.confirmation(NOW)).isEqualTo(Confirmation.CONFIRMED);
        assertThat(member.status()).isEqualTo(PassiveMemberStatus.PENDING);
        assertThat(member.pendingEvents()).isEmpty();
    }

    @Test
    void joiningAgainBeforeConfirmingTakesTheNewWishesButAConfirmedMembersWishesStay() {
        PassiveMember pending = joined();
        PassiveMember active = joined();
        active.confirm(NOW);
        PassiveMemberProfile other = new PassiveMemberProfile(null, List.of("06"), List.of("home-care"), List.of(), "sv");

        pending.rejoin(other);
        active.rejoin(other);

        assertThat(pending.regions()).containsExactly("06");
        assertThat(pending.language()).isEqualTo("sv");
        assertThat(active.regions()).containsExactly("11");
        assertThat(active.language()).isEqualTo("fi");
    }

    @Test
    void leavingKeepsOnlyTheHashOfTheAddressAndPublishesNoAddress() {
        PassiveMember member = joined();
        member.confirm(NOW);

        assertThat(member.leave(NOW.plusSeconds(60))).isTrue();
        assertThat(member.leave(NOW.plusSeconds(120))).isFalse();

        assertThat(member.status()).isEqualTo(PassiveMemberStatus.LEFT);
        assertThat(member.email()).isNull();
        assertThat(member.organisationName()).isNull();
        assertThat(member.regions()).isEmpty();
        assertThat(member.emailSha256()).isEqualTo(EmailHash.of(ADDRESS));
        OutboxEvent left = last(member);
        assertThat(left.type()).isEqualTo(EventContracts.PASSIVE_MEMBER_LEFT);
        EventContracts.assertConforms(left.type(), left.payload());
        assertThat(left.payload()).doesNotContain("@").contains(EmailHash.of(ADDRESS));
        assertThat(member.confirmation(NOW)).isEqualTo(Confirmation.UNKNOWN);
    }

    @Test
    void aMemberThatLeavesBeforeConfirmingWasNeverPublishedSoItsLeavingIsNot() {
        PassiveMember member = joined();

        member.leave(NOW);

        assertThat(member.status()).isEqualTo(PassiveMemberStatus.LEFT);
        assertThat(member.pendingEvents()).isEmpty();
    }

    @Test
    void erasureDropsEvenTheHashAndTellsTheOthersByIt() {
        PassiveMember member = joined();
        member.confirm(NOW);
        member.leave(NOW);

        assertThat(member.erase(NOW.plusSeconds(60), new ActedBy("coordinator", "coordinator"))).isTrue();
        assertThat(member.erase(NOW.plusSeconds(120), new ActedBy("coordinator", "coordinator"))).isFalse();

        assertThat(member.status()).isEqualTo(PassiveMemberStatus.ERASED);
        assertThat(member.emailSha256()).isNull();
        OutboxEvent erased = last(member);
        assertThat(erased.type()).isEqualTo(EventContracts.PASSIVE_MEMBER_ERASED);
        EventContracts.assertConforms(erased.type(), erased.payload());
        assertThat(erased.payload()).doesNotContain("@").contains(EmailHash.of(ADDRESS));
    }

    @Test
    void mailsGoToAnAddressAtMostOncePerInterval() {
        PassiveMember member = joined();
        member.mailed(NOW);

        assertThat(member.mayMailAgain(NOW.plusSeconds(59), Duration.ofMinutes(1))).isFalse();
        assertThat(member.mayMailAgain(NOW.plusSeconds(60), Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void aLaterConfirmationLinkReplacesTheEarlierOne() {
        PassiveMember member = PassiveMember.join("pohjois-savo", ADDRESS, PROFILE, NOW);
        SecretToken first = member.issueConfirmation(NOW, VALIDITY);
        SecretToken second = member.issueConfirmation(NOW, VALIDITY);

        assertThat(first.sha256()).isNotEqualTo(second.sha256());
        assertThat(first.value()).doesNotContain(first.sha256());
        assertThat(SecretToken.sha256Of(second.value())).isEqualTo(second.sha256());
    }
}
