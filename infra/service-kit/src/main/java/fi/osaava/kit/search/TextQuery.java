package fi.osaava.kit.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A free-text query: every word must be found in a document (in its title or its other texts), as
 * the same stem, as the beginning or a part of a compound, or as a stem that shares most of its
 * trigrams (an inflected form). {@link #criteria(String)} finds the candidates in MongoDB by their
 * stored trigrams; {@link #score(SearchText)} ranks them and rejects those that only look alike.
 */
public final class TextQuery {

    /** Share of a query stem's trigrams a document stem must have to count as the same word inflected. */
    static final double SIMILAR = 0.6;
    private static final double TITLE_WEIGHT = 2.0;

    private final List<Word> words;

    private record Word(Set<String> variants, Set<String> grams) {
    }

    private TextQuery(List<Word> words) {
        this.words = words;
    }

    public static TextQuery of(String query) {
        List<Word> words = new ArrayList<>();
        for (String raw : TextAnalysis.words(query)) {
            Set<String> variants = TextAnalysis.variants(raw);
            Set<String> grams = new LinkedHashSet<>();
            variants.forEach(variant -> grams.addAll(TextAnalysis.grams(variant)));
            words.add(new Word(variants, grams));
        }
        return new TextQuery(List.copyOf(words));
    }

    /** True when the query has no searchable word (blank, or only stop words). */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * Documents that share at least one trigram with every word: a superset of the matches, selected by
     * the (multikey) index on {@code gramsField}.
     */
    public Criteria criteria(String gramsField) {
        List<Criteria> perWord = words.stream().map(word -> Criteria.where(gramsField).in(word.grams())).toList();
        return perWord.size() == 1 ? perWord.get(0) : new Criteria().andOperator(perWord);
    }

    /** 0 when some word is not in the document; otherwise higher for closer matches and matches in titles. */
    public double score(SearchText text) {
        double total = 0;
        for (Word word : words) {
            double inTitle = best(word, text.titleStems());
            double inBody = best(word, text.bodyStems());
            double best = Math.max(inTitle * TITLE_WEIGHT, inBody);
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total;
    }

    private static double best(Word word, Collection<String> stems) {
        double best = 0;
        for (String stem : stems) {
            for (String variant : word.variants()) {
                best = Math.max(best, similarity(variant, stem, word.grams()));
                if (best == 1) {
                    return best;
                }
            }
        }
        return best;
    }

    /** 1 for the same stem, less for a compound containing it or an inflected form, 0 for no match. */
    static double similarity(String query, String stem, Set<String> queryGrams) {
        if (query.equals(stem)) {
            return 1;
        }
        if (query.length() >= 4 && stem.startsWith(query)) {
            return 0.9;
        }
        if (query.length() >= 5 && stem.contains(query)) {
            return 0.8;
        }
        Set<String> grams = TextAnalysis.grams(query);
        if (grams.size() < 4) {
            return 0;
        }
        Set<String> stemGrams = TextAnalysis.grams(stem);
        long shared = grams.stream().filter(stemGrams::contains).count();
        double share = (double) shared / grams.size();
        return share >= SIMILAR ? 0.7 * share : 0;
    }
}
