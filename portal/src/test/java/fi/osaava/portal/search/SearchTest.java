package fi.osaava.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A search's shareable URL and its catalogue query come from the same parameters. */
class SearchTest {

    record Example(@Nullable String q, @Nullable String kind, @Nullable String page) implements Search {

        @Override
        public String path() {
            return "/examples";
        }
    }

    @Test
    void aRecordsParametersAreItsComponentsButThePageInTheirOrderNullsIncluded() {
        assertThat(new Example("haava", null, "2").parameters())
                .containsExactly(entry("q", "haava"), entry("kind", null));
    }

    @Test
    void aPagesUrlEncodesEachValueWholeAndLeavesOutWhatIsNotGiven() {
        Example search = new Example("C++ & {haava}=ok", null, "3");

        assertThat(search.onPage(4)).isEqualTo("/examples?q=C%2B%2B%20%26%20%7Bhaava%7D%3Dok&page=4");
        assertThat(search.onPage(0)).isEqualTo("/examples?q=C%2B%2B%20%26%20%7Bhaava%7D%3Dok");
        assertThat(new Example(null, null, null).onPage(0)).isEqualTo("/examples");
    }

    @Test
    void theCatalogueIsAskedForTheSameParametersThisPageAndThePageSize() {
        Example search = new Example("haava", "EXPERT", "2");

        assertThat(search.at("/api/examples").build().toUriString())
                .isEqualTo("/api/examples?q=haava&kind=EXPERT&page=2&size=20");
        assertThat(new Example(null, null, null).at("/api/examples").build().toUriString())
                .isEqualTo("/api/examples?page=0&size=20");
    }

    @Test
    void aMalformedPageIsTheFirstForTheAddressBar() {
        assertThat(new Example(null, null, "abc").pageNumber()).isZero();
    }

    @Test
    void pagesAreCountedFromTheTotalAndThePageSize() {
        assertThat(new Results<String>(java.util.List.of(), 41, 0, 20, false).pages()).isEqualTo(3);
        assertThat(new Results<String>(java.util.List.of(), 40, 0, 20, false).pages()).isEqualTo(2);
        assertThat(Results.<String>none().pages()).isZero();
    }

    @Test
    void aRefusalIsShownBesideTheParameterItNamesEvenWithTheCataloguesPathElseBesideTheFreeText() {
        Example search = new Example(null, "EXPERT", null);

        assertThat(SearchPages.fieldOf(search, "kind")).isEqualTo("kind");
        assertThat(SearchPages.fieldOf(search, "search.kind")).isEqualTo("kind");
        assertThat(SearchPages.fieldOf(search, "size")).isEqualTo("q");
    }
}
