package fi.osaava.kit.search;

import java.util.List;

/**
 * What a searchable document stores about its texts: the stems of its title(s), the stems of
 * everything else, and the trigrams of all those stems (indexed, for finding candidates).
 */
public record SearchText(List<String> titleStems, List<String> bodyStems, List<String> grams) {

    public static final SearchText EMPTY = new SearchText(List.of(), List.of(), List.of());
}
