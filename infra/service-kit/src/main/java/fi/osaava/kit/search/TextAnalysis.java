package fi.osaava.kit.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Turns texts in Finnish, Swedish or English into stems (Lucene's Snowball stemmers and stop words)
 * and stems into trigrams. Finnish inflection changes a word's stem in ways no stemmer undoes
 * ("lääkehoito" → "lääkehoito", "lääkehoidon" → "lääkehoido"), and compounds hide words inside
 * words ("lääkehoitosuunnitelma"): trigrams of the stems, padded at the start, catch both.
 * Lucene's analyzers are thread-safe.
 */
public final class TextAnalysis {

    public static final String FINNISH = "fi";
    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";

    private static final Map<String, Analyzer> BY_LANGUAGE = Map.of(
            FINNISH, new FinnishAnalyzer(), SWEDISH, new SwedishAnalyzer(), ENGLISH, new EnglishAnalyzer());
    private static final Analyzer ANY = new StandardAnalyzer();
    private static final int MAX_STEMS = 2_000;

    private TextAnalysis() {
    }

    /**
     * The searchable form of one document.
     *
     * @param titles its titles by language ({@code fi}, {@code sv}, {@code en}; another or null: no stemming)
     * @param bodies the rest of its text by language: summaries, descriptions, keywords
     */
    public static SearchText index(Map<String, String> titles, Map<String, String> bodies) {
        Set<String> titleStems = stems(titles);
        Set<String> bodyStems = stems(bodies);
        bodyStems.removeAll(titleStems);
        Set<String> grams = new LinkedHashSet<>();
        titleStems.forEach(stem -> grams.addAll(grams(stem)));
        bodyStems.forEach(stem -> grams.addAll(grams(stem)));
        return new SearchText(List.copyOf(titleStems), limit(bodyStems), List.copyOf(grams));
    }

    /** The stems of one text in one language; in every language at once when the language is unknown. */
    public static Set<String> stems(String text, @Nullable String language) {
        Set<String> stems = new LinkedHashSet<>();
        Analyzer analyzer = language == null ? null : BY_LANGUAGE.get(language);
        if (analyzer != null) {
            stems.addAll(tokens(analyzer, text));
        } else {
            stems.addAll(tokens(ANY, text));
        }
        return stems;
    }

    /** One query word as every language would stem it, plus the word itself. */
    static Set<String> variants(String word) {
        Set<String> variants = new LinkedHashSet<>();
        String lower = word.toLowerCase(Locale.ROOT);
        BY_LANGUAGE.values().forEach(analyzer -> variants.addAll(tokens(analyzer, lower)));
        variants.addAll(tokens(ANY, lower));
        return variants;
    }

    /**
     * The words of a query as the standard tokenizer splits them, without the stop words of any of the
     * languages: a document in Finnish has no "ja" left to find, so a query must not demand one.
     */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        for (String word : tokens(ANY, query)) {
            if (BY_LANGUAGE.values().stream().noneMatch(analyzer -> tokens(analyzer, word).isEmpty())) {
                words.add(word);
            }
        }
        return words;
    }

    /** Trigrams of a stem, padded at the start so a word's beginning weighs more than its ending. */
    public static Set<String> grams(String stem) {
        String padded = "__" + stem;
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }

    private static Set<String> stems(Map<String, String> texts) {
        Set<String> stems = new LinkedHashSet<>();
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                stems.addAll(stems(text, language));
            }
        });
        return stems;
    }

    private static List<String> limit(Set<String> stems) {
        return stems.stream().limit(MAX_STEMS).toList();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
