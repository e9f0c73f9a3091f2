package fi.osaava.needs.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.reference.ReferenceData;

class SimilarNeedsPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private final SimilarNeedsPolicy policy = new SimilarNeedsPolicy(ReferenceData.get());

    @Test
    void theSameAreaOrABroaderOrNarrowerOneIsSimilarButASiblingIsNot() {
        CompetenceNeed medication = published("11", TargetGroup.STAFF, 120, "medication-safety");

        assertThat(policy.compare(List.of("medication-safety"), "11", TargetGroup.STAFF, medication))
                .get().satisfies(similar -> {
                    assertThat(similar.sameAreas()).containsExactly("medication-safety");
                    assertThat(similar.relatedAreas()).isEmpty();
                });
        assertThat(policy.compare(List.of("medication-calculations"), "11", TargetGroup.STAFF, medication))
                .as("narrower").get().extracting(SimilarNeed::relatedAreas).isEqualTo(List.of("medication-calculations"));
        CompetenceNeed calculations = published("11", TargetGroup.STAFF, 10, "medication-calculations");
        assertThat(policy.compare(List.of("medication-safety"), "11", TargetGroup.STAFF, calculations))
                .as("broader").isPresent();
        assertThat(policy.compare(List.of("pharmacotherapy-of-older-people"), "11", TargetGroup.STAFF, calculations))
                .as("a sibling under the same broader area").isEmpty();
        assertThat(policy.compare(List.of("documentation"), "11", TargetGroup.STAFF, medication))
                .as("unrelated").isEmpty();
    }

    @Test
    void onlyOpenNeedsOfTheSameRegionAndTargetGroupAreSimilar() {
        CompetenceNeed medication = published("11", TargetGroup.STAFF, 120, "medication-safety");
        CompetenceNeed draft = CompetenceNeed.draft(draftOf("11", TargetGroup.STAFF, 5, "medication-safety"), NOW);

        assertThat(policy.compare(List.of("medication-safety"), "12", TargetGroup.STAFF, medication)).isEmpty();
        assertThat(policy.compare(List.of("medication-safety"), "11", TargetGroup.SUPERVISORS, medication)).isEmpty();
        assertThat(policy.compare(List.of("medication-safety"), "11", TargetGroup.STAFF, draft)).isEmpty();
    }

    @Test
    void theVerySameAreasComeFirstThenTheNeedOthersBackMost() {
        List<String> asked = List.of("medication-safety", "documentation");
        SimilarNeed bothSame = similar(asked, published("11", TargetGroup.STAFF, 10, "medication-safety", "documentation"));
        SimilarNeed oneSameBig = similar(asked, published("11", TargetGroup.STAFF, 500, "medication-safety"));
        SimilarNeed oneSameSmall = similar(asked, published("11", TargetGroup.STAFF, 50, "documentation"));
        SimilarNeed relatedOnly = similar(asked, published("11", TargetGroup.STAFF, 900, "structured-documentation"));

        List<SimilarNeed> ordered = Stream.of(relatedOnly, oneSameSmall, bothSame, oneSameBig)
                .sorted(SimilarNeedsPolicy.order()).toList();

        assertThat(ordered).containsExactly(bothSame, oneSameBig, oneSameSmall, relatedOnly);
    }

    private SimilarNeed similar(List<String> areas, CompetenceNeed need) {
        Optional<SimilarNeed> similar = policy.compare(areas, "11", TargetGroup.STAFF, need);
        assertThat(similar).isPresent();
        return similar.get();
    }

    private static CompetenceNeed published(String region, TargetGroup targetGroup, int learners, String... areas) {
        CompetenceNeed need = CompetenceNeed.draft(draftOf(region, targetGroup, learners, areas), NOW);
        need.publish(NOW, new ActedBy("org-pshva", "user-1"));
        return need;
    }

    private static NeedDraft draftOf(String region, TargetGroup targetGroup, int learners, String... areas) {
        return NeedDraftBuilder.aNeed().inRegion(region).withAreas(areas).forTargetGroup(targetGroup)
                .withTitle("Tarve " + String.join(", ", areas)).withLearners(learners).build();
    }
}
