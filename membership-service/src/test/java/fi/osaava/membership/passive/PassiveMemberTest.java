package fi.osaava.membership.passive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EmailHash;
import fi.osaava.kit.event.EventJson;
import fi.osaava.kit.event.RaisedEvent;
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

    static Object last(PassiveMember member) {
        return member.raisedEvents().get(member.raisedEvents().size() - 1);
    }

    static void assertConforms(Object event) {
        EventContracts.assertConforms(RaisedEvent.typeOf(event), EventJson.write(event));
    }

    @Test
    void aNewMemberIsPendingAndPublishesNothing() {
        PassiveMember member = joined();

        assertThat(member.status()).isEqualTo(PassiveMemberStatus.PENDING);
        assertThat(member.raisedEvents()).isEmpty();
        assertThat(member.emailSha256()).isEqualTo(EmailHash.of(ADDRESS));
    }

    @Test
    void confirmingActivatesOnceAndPublishesWhatIsNeededToReachTheMember() {
        PassiveMember member = joined();

        assertThat(member.confirm(NOW.plusSeconds(60))).isEqualTo(Confirmation.CONFIRMED);
        assertThat(member.confirm(NOW.plusSeconds(120))).isEqualTo(Confirmation.ALREADY_CONFIRMED);

        assertThat(member.status()).isEqualTo(PassiveMemberStatus.ACTIVE);
        assertThat(member.raisedEvents()).singleElement().satisfies(event -> {
            assertThat(RaisedEvent.typeOf(event)).isEqualTo(EventContracts.PASSIVE_MEMBER_CONFIRMED);
            assertConforms(event);
            assertThat(event).isInstanceOfSatisfying(PassiveMemberConfirmed.class, confirmed -> {
                assertThat(confirmed.email()).isEqualTo(ADDRESS.strip());
                assertThat(confirmed.competenceAreas()).containsExactly("medication-safety");
                assertThat(confirmed.language()).isEqualTo("fi");
            });
        });
    }

    @Test
    void anExpiredConfirmationConfirmsNothing() {
        PassiveMember member = joined();

        assertThat(member.confirm(NOW.plus(VALIDITY))).isEqualTo(Confirmation.EXPIRED);
        assertThat(member.status()).isEqualTo(PassiveMemberStatus.PENDING);
        assertThat(member.raisedEvents()).isEmpty();
    }

    @Test
    void askingWhatTheLinkWouldDoChangesNothing() {
        PassiveMember member = joined();

        assertThat(member.confirmation(NOW)).isEqualTo(Confirmation.CONFIRMED);
        assertThat(member.status()).isEqualTo(PassiveMemberStatus.PENDING);
        assertThat(member.raisedEvents()).isEmpty();
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
        Object left = last(member);
        assertThat(RaisedEvent.typeOf(left)).isEqualTo(EventContracts.PASSIVE_MEMBER_LEFT);
        assertConforms(left);
        assertThat(left).isInstanceOfSatisfying(PassiveMemberLeft.class,
                event -> assertThat(event.emailSha256()).isEqualTo(EmailHash.of(ADDRESS)));
        assertThat(EventJson.write(left)).doesNotContain("@");
        assertThat(member.confirmation(NOW)).isEqualTo(Confirmation.UNKNOWN);
    }

    @Test
    void aMemberThatLeavesBeforeConfirmingWasNeverPublishedSoItsLeavingIsNot() {
        PassiveMember member = joined();

        member.leave(NOW);

        assertThat(member.status()).isEqualTo(PassiveMemberStatus.LEFT);
        assertThat(member.raisedEvents()).isEmpty();
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
        Object erased = last(member);
        assertThat(RaisedEvent.typeOf(erased)).isEqualTo(EventContracts.PASSIVE_MEMBER_ERASED);
        assertConforms(erased);
        assertThat(erased).isInstanceOfSatisfying(PassiveMemberErased.class,
                event -> assertThat(event.emailSha256()).isEqualTo(EmailHash.of(ADDRESS)));
        assertThat(EventJson.write(erased)).doesNotContain("@");
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
