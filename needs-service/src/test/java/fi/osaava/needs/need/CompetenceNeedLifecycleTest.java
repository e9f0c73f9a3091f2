package fi.osaava.needs.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fi.osaava.contracts.EventContracts;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.EventJson;
import fi.osaava.kit.event.RaisedEvent;
import fi.osaava.kit.domain.ConflictException;

class CompetenceNeedLifecycleTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final ActedBy PSHVA = new ActedBy("org-pshva", "user-1");
    static final ActedBy KALLAVESI = new ActedBy("org-kallavesi", "client-k");
    static final ActedBy PUIJO = new ActedBy("org-puijo", "client-p");
    static final ActedBy SAVONIA = new ActedBy("org-savonia", "client-s");
    static final ActedBy COORDINATOR = new ActedBy("coordinator", "coord-1");

    static CompetenceNeed published(String... areas) {
        return NeedDraftBuilder.aNeed().withAreas(areas).published(NOW, PSHVA);
    }

    static List<String> types(CompetenceNeed need) {
        return need.raised().stream().map(RaisedEvent::type).map(t -> t.replace("fi.osaava.needs.competence-need.", "")).toList();
    }

    /** The {@code index}th event the need raised, as the record of its type. */
    static <E> E event(CompetenceNeed need, int index, Class<E> type) {
        return type.cast(need.raisedEvents().get(index));
    }

    @Test
    void endorsementsAddTheirHeadCountsToTheTotalDemandOncePerOrganisation() {
        CompetenceNeed need = published("medication-safety");

        assertThat(need.endorse("org-kallavesi", 15, "Meillä sama tarve", NOW, KALLAVESI)).isTrue();
        assertThat(need.endorse("org-puijo", 8, "", NOW, PUIJO)).isTrue();

        assertThat(need.totalDemand()).isEqualTo(120 + 15 + 8);
        assertThat(need.endorsingOrganisationIds()).containsExactly("org-kallavesi", "org-puijo");
        assertThat(types(need)).containsExactly("published.v1", "endorsed.v1", "endorsed.v1");
        assertThat(event(need, 2, NeedEndorsed.class)).satisfies(endorsed -> {
            assertThat(endorsed.organisationId()).isEqualTo("org-puijo");
            assertThat(endorsed.learners()).isEqualTo(8);
            assertThat(endorsed.totalDemand()).isEqualTo(143);
        });
    }

    @Test
    void endorsingAgainWithTheSameHeadCountChangesNothingAndANewHeadCountReplacesTheOld() {
        CompetenceNeed need = published("medication-safety");
        need.endorse("org-kallavesi", 15, "x", NOW, KALLAVESI);

        assertThat(need.endorse("org-kallavesi", 15, "x", NOW.plusSeconds(5), KALLAVESI)).isFalse();
        assertThat(need.totalDemand()).isEqualTo(135);
        assertThat(types(need)).containsExactly("published.v1", "endorsed.v1");

        assertThat(need.endorse("org-kallavesi", 20, "x", NOW.plusSeconds(9), KALLAVESI)).isTrue();
        assertThat(need.totalDemand()).isEqualTo(140);
        assertThat(need.endorsements()).singleElement().satisfies(e -> {
            assertThat(e.learners()).isEqualTo(20);
            assertThat(e.endorsedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void withdrawingAnEndorsementLowersTheDemandAndWithdrawingAgainIsANoOp() {
        CompetenceNeed need = published("medication-safety");
        need.endorse("org-kallavesi", 15, "", NOW, KALLAVESI);

        assertThat(need.withdrawEndorsement("org-kallavesi", NOW, KALLAVESI)).isTrue();
        assertThat(need.withdrawEndorsement("org-kallavesi", NOW, KALLAVESI)).isFalse();

        assertThat(need.totalDemand()).isEqualTo(120);
        assertThat(types(need)).containsExactly("published.v1", "endorsed.v1", "endorsement-withdrawn.v1");
    }

    @Test
    void theReporterCannotEndorseItsOwnNeedAndADraftCannotBeEndorsed() {
        CompetenceNeed need = published("medication-safety");
        assertThatThrownBy(() -> need.endorse("org-pshva", 10, "", NOW, PSHVA)).isInstanceOf(ConflictException.class);

        CompetenceNeed draft = smallDraft();
        assertThatThrownBy(() -> draft.endorse("org-puijo", 10, "", NOW, PUIJO)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anAnswerMakesAPublishedNeedAnsweredAndTellsTheReporterAndEndorsers() {
        CompetenceNeed need = published("medication-safety");
        need.endorse("org-kallavesi", 15, "", NOW, KALLAVESI);

        need.answer(plan("answer-1", "Rakennamme kevääksi verkkokurssin"), NOW);

        assertThat(need.status()).isEqualTo(NeedStatus.ANSWERED);
        assertThat(types(need)).last().isEqualTo("answered.v1");
        assertThat(event(need, 2, NeedAnswered.class)).satisfies(answered -> {
            assertThat(answered.reportingOrganisationId()).isEqualTo("org-pshva");
            assertThat(answered.endorsingOrganisationIds()).containsExactly("org-kallavesi");
            assertThat(answered.answeringOrganisationId()).isEqualTo("org-savonia");
            assertThat(answered.kind()).isEqualTo(AnswerKind.PLAN);
            assertThat(answered.expectedStart()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(answered.status()).isEqualTo(NeedStatus.ANSWERED);
        });
    }

    @Test
    void theSameAnswerGivenAgainIsNotDoubledAndAChangedPlanReplacesTheEarlierOne() {
        CompetenceNeed need = published("medication-safety");
        Answer first = need.answer(plan("answer-1", "Kevään kurssi"), NOW);

        Answer again = need.answer(plan("answer-2", "Kevään kurssi"), NOW);
        Answer changed = need.answer(plan("answer-3", "Kevään kurssi, 40 paikkaa"), NOW);

        assertThat(again.answerId()).isEqualTo(first.answerId());
        assertThat(changed.answerId()).isEqualTo(first.answerId());
        assertThat(need.answers()).singleElement().extracting(Answer::message).isEqualTo("Kevään kurssi, 40 paikkaa");
        assertThat(types(need)).containsExactly("published.v1", "answered.v1", "answered.v1");
    }

    @Test
    void theReporterCannotAnswerItsOwnNeed() {
        CompetenceNeed need = published("medication-safety");
        Answer own = new Answer("a", "org-pshva", AnswerKind.PLAN, null, "m", LocalDate.of(2027, 1, 1), NOW, PSHVA);

        assertThatThrownBy(() -> need.answer(own, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void coveringEveryAreaMakesTheNeedCoveredAndLosingItReturnsToAnsweredOrPublished() {
        CompetenceNeed need = published("medication-safety", "documentation");
        CoveringOffering medication = new CoveringOffering("off-1", "org-savonia", "Lääkehoito", List.of("medication-safety"));
        CoveringOffering documentation = new CoveringOffering("off-2", "org-sakky", "Kirjaaminen", List.of("documentation"));

        assertThat(need.coverWith(List.of(medication), NOW)).isTrue();
        assertThat(need.status()).as("one of two areas covered").isEqualTo(NeedStatus.PUBLISHED);
        assertThat(need.uncoveredAreas()).containsExactly("documentation");

        need.coverWith(List.of(medication, documentation), NOW);
        assertThat(need.status()).isEqualTo(NeedStatus.COVERED);
        assertThat(need.coverWith(List.of(medication, documentation), NOW)).as("the same coverage again").isFalse();

        need.coverWith(List.of(documentation), NOW);
        assertThat(need.status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(types(need)).containsExactly("published.v1", "coverage-gained.v1", "coverage-gained.v1", "covered.v1",
                "coverage-lost.v1");
        assertThat(event(need, 4, NeedCoverageLost.class)).satisfies(lost -> {
            assertThat(lost.uncoveredAreas()).containsExactly("medication-safety");
            assertThat(lost.status()).isEqualTo(NeedStatus.PUBLISHED);
        });

        need.answer(plan("a", "Kurssi"), NOW);
        need.coverWith(List.of(medication, documentation), NOW);
        need.coverWith(List.of(), NOW);
        assertThat(need.status()).as("an answered need goes back to ANSWERED").isEqualTo(NeedStatus.ANSWERED);
    }

    @Test
    void anOfferingCoveringSomeOfTheAreasRaisesCoverageGainedOnlySoTheReporterAndEndorsersHearOfIt() {
        CompetenceNeed need = published("medication-safety", "documentation");
        need.endorse("org-kallavesi", 15, "", NOW, KALLAVESI);
        CoveringOffering medication = new CoveringOffering("off-1", "org-savonia", "Lääkehoito", List.of("medication-safety"));

        assertThat(need.coverWith(List.of(medication), NOW)).isTrue();

        assertThat(need.status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(types(need)).containsExactly("published.v1", "endorsed.v1", "coverage-gained.v1");
        NeedCoverageGained gained = event(need, 2, NeedCoverageGained.class);
        assertThat(gained).isEqualTo(new NeedCoverageGained(need.id(), "org-pshva", List.of("org-kallavesi"),
                "Lääkehoidon turvallisuus kotihoidossa", "11", List.of("medication-safety", "documentation"),
                TargetGroup.STAFF, NeedStatus.PUBLISHED, List.of(new CoveringOffering("off-1", "org-savonia", "Lääkehoito",
                List.of("medication-safety"))), List.of("documentation"), NOW));
        EventContracts.assertConforms(EventContracts.COMPETENCE_NEED_COVERAGE_GAINED, EventJson.write(gained));
    }

    @Test
    void anOfferingThatComesToCoverMoreAreasRaisesCoverageGainedAgainWithAllItsAreas() {
        CompetenceNeed need = published("medication-safety", "documentation", "hand-hygiene");
        CoveringOffering other = new CoveringOffering("off-0", "org-sakky", "Käsihygienia", List.of("hand-hygiene"));
        need.coverWith(List.of(other, new CoveringOffering("off-1", "org-savonia", "Lääkehoito",
                List.of("medication-safety"))), NOW);

        need.coverWith(List.of(other, new CoveringOffering("off-1", "org-savonia", "Lääkehoito ja kirjaaminen",
                List.of("medication-safety", "documentation"))), NOW.plusSeconds(60));

        assertThat(types(need)).containsExactly("published.v1", "coverage-gained.v1", "coverage-gained.v1", "covered.v1");
        assertThat(event(need, 2, NeedCoverageGained.class).gainedOfferings())
                .as("only the offering that gained, with all its areas")
                .containsExactly(new CoveringOffering("off-1", "org-savonia", "Lääkehoito ja kirjaaminen",
                        List.of("medication-safety", "documentation")));
    }

    @Test
    void theChangeThatCompletesTheCoverageRaisesCoverageGainedThenCovered() {
        CompetenceNeed need = published("medication-safety", "documentation");
        CoveringOffering medication = new CoveringOffering("off-1", "org-savonia", "Lääkehoito", List.of("medication-safety"));
        CoveringOffering documentation = new CoveringOffering("off-2", "org-sakky", "Kirjaaminen", List.of("documentation"));
        need.coverWith(List.of(medication), NOW);

        need.coverWith(List.of(medication, documentation), NOW.plusSeconds(60));

        assertThat(need.status()).isEqualTo(NeedStatus.COVERED);
        assertThat(types(need)).containsExactly("published.v1", "coverage-gained.v1", "coverage-gained.v1", "covered.v1");
        assertThat(event(need, 2, NeedCoverageGained.class)).satisfies(gained -> {
            assertThat(gained.status()).isEqualTo(NeedStatus.COVERED);
            assertThat(gained.uncoveredAreas()).isEmpty();
            assertThat(gained.gainedOfferings()).extracting(CoveringOffering::offeringId).containsExactly("off-2");
        });
    }

    @Test
    void coverageThatOnlyShrinksRaisesNoCoverageGained() {
        CompetenceNeed need = published("medication-safety", "documentation", "hand-hygiene");
        CoveringOffering medication = new CoveringOffering("off-1", "org-savonia", "Lääkehoito",
                List.of("medication-safety", "documentation"));
        CoveringOffering hygiene = new CoveringOffering("off-2", "org-sakky", "Käsihygienia", List.of("hand-hygiene"));
        need.coverWith(List.of(medication, hygiene), NOW);
        int before = need.raisedEvents().size();

        assertThat(need.coverWith(List.of(new CoveringOffering("off-1", "org-savonia", "Lääkehoito",
                List.of("medication-safety")), hygiene), NOW.plusSeconds(60))).isTrue();
        assertThat(need.coverWith(List.of(hygiene), NOW.plusSeconds(120))).isTrue();

        assertThat(types(need).subList(before, types(need).size())).containsExactly("coverage-lost.v1");
    }

    @Test
    void theSameCoveringOfferingsAgainRaiseNothing() {
        CompetenceNeed need = published("medication-safety", "documentation");
        CoveringOffering medication = new CoveringOffering("off-1", "org-savonia", "Lääkehoito", List.of("medication-safety"));
        need.coverWith(List.of(medication), NOW);
        int before = need.raisedEvents().size();

        assertThat(need.coverWith(List.of(new CoveringOffering("off-1", "org-savonia", "Lääkehoito",
                List.of("medication-safety"))), NOW.plusSeconds(60))).isFalse();
        assertThat(need.coverWith(List.of(new CoveringOffering("off-1", "org-savonia", "Lääkehoito, kevät 2027",
                List.of("medication-safety"))), NOW.plusSeconds(90))).as("a new title is no new coverage").isTrue();

        assertThat(need.raisedEvents()).hasSize(before);
    }

    @Test
    void anAnswerToACoveredNeedKeepsItCovered() {
        CompetenceNeed need = published("medication-safety");
        need.coverWith(List.of(new CoveringOffering("off-1", "org-savonia", "t", List.of("medication-safety"))), NOW);

        need.answer(plan("a", "Toinen kurssi"), NOW);

        assertThat(need.status()).isEqualTo(NeedStatus.COVERED);
    }

    @Test
    void theCoordinatorsPriorityIsKeptWithItsReasonAndHistory() {
        CompetenceNeed need = published("medication-safety");

        need.prioritise(Priority.MEDIUM, "Alueellinen kysely", NOW, COORDINATOR);
        need.prioritise(Priority.HIGH, "Lääkepoikkeamat lisääntyneet", NOW.plusSeconds(60), COORDINATOR);

        assertThat(need.priority()).isEqualTo(Priority.HIGH);
        assertThat(need.priorityHistory()).extracting(PriorityDecision::priority).containsExactly(Priority.MEDIUM, Priority.HIGH);
        assertThat(event(need, 2, NeedPrioritised.class)).satisfies(prioritised -> {
            assertThat(prioritised.priority()).isEqualTo(Priority.HIGH);
            assertThat(prioritised.previousPriority()).isEqualTo(Priority.MEDIUM);
            assertThat(prioritised.reason()).isEqualTo("Lääkepoikkeamat lisääntyneet");
        });
    }

    @Test
    void closingAndWithdrawingEndTheNeedWithAReason() {
        CompetenceNeed closed = published("medication-safety");
        closed.close("Koulutus järjestetty", NOW, PSHVA);
        assertThat(closed.status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(closed.endReason()).isEqualTo("Koulutus järjestetty");
        assertThatThrownBy(() -> closed.close("again", NOW, PSHVA)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> closed.endorse("org-puijo", 1, "", NOW, PUIJO)).isInstanceOf(ConflictException.class);
        assertThat(closed.coverWith(List.of(new CoveringOffering("o", "p", "t", List.of("medication-safety"))), NOW))
                .as("a closed need's coverage is not computed").isFalse();

        CompetenceNeed withdrawn = published("medication-safety");
        withdrawn.withdraw("Tarve poistui organisaatiomuutoksessa", NOW, PSHVA);
        assertThat(withdrawn.status()).isEqualTo(NeedStatus.WITHDRAWN);
        assertThat(types(withdrawn)).containsExactly("published.v1", "withdrawn.v1");
        assertThatThrownBy(() -> withdrawn.prioritise(Priority.HIGH, "r", NOW, COORDINATOR)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anUpdateOfAnOpenNeedIsAnEventAndKeepsTheEndorsementsInTheDemand() {
        CompetenceNeed need = published("medication-safety");
        need.endorse("org-kallavesi", 15, "", NOW, KALLAVESI);

        need.update(NeedDraftBuilder.aNeed().withAreas("medication-calculations").withTitle("Lääkelaskenta").withLearners(100)
                .withHorizon(Horizon.NOW).startingBetween(LocalDate.of(2027, 1, 1), null).build(), NOW, PSHVA);

        assertThat(need.totalDemand()).isEqualTo(115);
        assertThat(need.competenceAreas()).containsExactly("medication-calculations");
        assertThat(types(need)).last().isEqualTo("updated.v1");
        assertThat(event(need, 2, NeedUpdated.class)).satisfies(updated -> {
            assertThat(updated.earliestStart()).isEqualTo(LocalDate.of(2027, 1, 1));
            assertThat(updated.totalDemand()).isEqualTo(115);
        });
    }

    @Test
    void aDraftIsWithdrawnWithoutAnEvent() {
        CompetenceNeed draft = smallDraft();

        draft.withdraw("Väärä organisaatio", NOW, PSHVA);

        assertThat(draft.status()).isEqualTo(NeedStatus.WITHDRAWN);
        assertThat(draft.raisedEvents()).isEmpty();
    }

    @Test
    void aDraftChangesWithoutAnEvent() {
        CompetenceNeed draft = smallDraft();

        draft.update(smallNeed().withTitle("t2").withLearners(6).build(), NOW, PSHVA);

        assertThat(draft.title()).isEqualTo("t2");
        assertThat(draft.raisedEvents()).isEmpty();
    }

    /** A draft of a small documentation need. */
    private static NeedDraftBuilder smallNeed() {
        return NeedDraftBuilder.aNeed().withAreas("documentation").withTitle("t").withLearners(5).withHorizon(Horizon.NOW);
    }

    private static CompetenceNeed smallDraft() {
        return smallNeed().draft(NOW);
    }

    private static Answer plan(String id, String message) {
        return new Answer(id, "org-savonia", AnswerKind.PLAN, null, message, LocalDate.of(2027, 3, 1), NOW, SAVONIA);
    }
}
