package fi.osaava.kit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TextQueryTest {

    private final SearchText medication = TextAnalysis.index(
            Map.of("fi", "Lääkehoito kotihoidossa", "sv", "Läkemedelsbehandling i hemvården"),
            Map.of("fi", "Lääkehoitosuunnitelma ja turvallinen lääkkeiden jakaminen asiakkaan kotona."));
    private final SearchText infections = TextAnalysis.index(
            Map.of("fi", "Infektioiden torjunta hoivakodissa"),
            Map.of("en", "Hand hygiene and protective equipment in care homes."));

    @Test
    void aFinnishInflectedFormFindsTheBaseFormAndTheOtherWayRound() {
        assertThat(TextQuery.of("lääkehoidon").score(medication)).isPositive();
        assertThat(TextQuery.of("lääkehoito").score(medication)).isPositive();
        assertThat(TextQuery.of("kotihoidon").score(medication)).isPositive();
        assertThat(TextQuery.of("lääkehoidon").score(infections)).isZero();
    }

    @Test
    void aWordInsideACompoundIsFound() {
        assertThat(TextQuery.of("suunnitelma").score(medication)).isPositive();
        assertThat(TextQuery.of("lääkehoitosuunnitelman").score(medication)).isPositive();
    }

    @Test
    void swedishAndEnglishTextsAreSearchedToo() {
        assertThat(TextQuery.of("hemvården").score(medication)).isPositive();
        assertThat(TextQuery.of("hygiene").score(infections)).isPositive();
        assertThat(TextQuery.of("homes").score(infections)).isPositive();
    }

    @Test
    void everyWordMustBeFoundButStopWordsAreIgnored() {
        assertThat(TextQuery.of("lääkehoito ja kotihoito").score(medication)).isPositive();
        assertThat(TextQuery.of("lääkehoito ensihoito").score(medication)).isZero();
        assertThat(TextQuery.of("ja och and").isEmpty()).isTrue();
    }

    @Test
    void aMatchInTheTitleAndAnExactMatchRankHigher() {
        SearchText inDescription = TextAnalysis.index(Map.of("fi", "Hoitotyön päivä"),
                Map.of("fi", "Päivän aiheena on myös lääkehoito."));

        assertThat(TextQuery.of("lääkehoito").score(medication))
                .isGreaterThan(TextQuery.of("lääkehoito").score(inDescription));
        assertThat(TextQuery.of("lääkehoito").score(medication))
                .isGreaterThan(TextQuery.of("lääkehoidon").score(medication));
    }

    @Test
    void unrelatedWordsThatShareAFewLettersDoNotMatch() {
        assertThat(TextQuery.of("kuntoutus").score(medication)).isZero();
        assertThat(TextQuery.of("hoitaja").score(infections)).isZero();
    }

    @Test
    void candidatesAreSelectedByTheTrigramsOfEveryWord() {
        assertThat(TextQuery.of("lääkehoidon kotona").criteria("search.grams").getCriteriaObject().toJson())
                .contains("$and").contains("search.grams").contains("__l");
        assertThat(medication.grams()).contains("__l", "lää", "hoi");
    }
}
