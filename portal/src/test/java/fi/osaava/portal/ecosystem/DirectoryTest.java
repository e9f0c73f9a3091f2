package fi.osaava.portal.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DirectoryTest {

    @Test
    void groupsTheMembersByTheirRingInTheEcosystemCoreFirstEvenWhenARingIsEmpty() {
        Directory directory = Directory.of("savo", List.of(
                member("b", new Organisation.Participation("savo", "OUTER", List.of())),
                member("a", new Organisation.Participation("tampere", "OUTER", List.of()),
                        new Organisation.Participation("savo", "CORE", List.of("COORDINATOR")))), null, false);

        assertThat(directory.rings()).extracting(Directory.Ring::ring).containsExactly("CORE", "MIDDLE", "OUTER");
        assertThat(directory.rings().get(0).organisations()).extracting(Organisation::id).containsExactly("a");
        assertThat(directory.rings().get(1).organisations()).isEmpty();
        assertThat(directory.rings().get(2).organisations()).extracting(Organisation::id).containsExactly("b");
        assertThat(directory.total()).isEqualTo(2);
    }

    @Test
    void aChosenRingIsTheOnlyGroup() {
        Directory directory = Directory.of("savo",
                List.of(member("a", new Organisation.Participation("savo", "MIDDLE", List.of()))), "MIDDLE", false);

        assertThat(directory.rings()).extracting(Directory.Ring::ring).containsExactly("MIDDLE");
    }

    @Test
    void aRingThePortalDoesNotKnowYetFollowsTheKnownOnesAndAMemberOfAnotherEcosystemIsLeftOut() {
        Directory directory = Directory.of("savo", List.of(
                member("a", new Organisation.Participation("savo", "OBSERVER", List.of())),
                member("b", new Organisation.Participation("tampere", "CORE", List.of()))), null, false);

        assertThat(directory.rings()).extracting(Directory.Ring::ring)
                .containsExactly("CORE", "MIDDLE", "OUTER", "OBSERVER");
        assertThat(directory.rings().get(3).organisations()).extracting(Organisation::id).containsExactly("a");
        assertThat(directory.total()).isEqualTo(1);
    }

    @Test
    void onlyAWebAddressBecomesALink() {
        assertThat(withWebsite("https://www.savonia.fi").websiteLink()).isEqualTo("https://www.savonia.fi");
        assertThat(withWebsite("javascript:alert(1)").websiteLink()).isNull();
        assertThat(withWebsite(null).websiteLink()).isNull();
    }

    private static Organisation member(String id, Organisation.Participation... participations) {
        return new Organisation(id, id, "OTHER", List.of(participations), List.of(), List.of(), List.of(), null);
    }

    private static Organisation withWebsite(String website) {
        return new Organisation("a", "a", "OTHER", List.of(), List.of(), List.of(), List.of(), website);
    }
}
