package fi.osaava.catalogue.offering;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A text in Finnish, Swedish and/or English; a blank language counts as missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(@Nullable String fi, @Nullable String sv, @Nullable String en) {

    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    public LocalizedText {
        fi = clean(fi);
        sv = clean(sv);
        en = clean(en);
    }

    public static LocalizedText in(String language, String text) {
        return new LocalizedText("fi".equals(language) ? text : null, "sv".equals(language) ? text : null,
                "en".equals(language) ? text : null);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return fi == null && sv == null && en == null;
    }

    public @Nullable String get(String language) {
        return switch (language) {
            case "fi" -> fi;
            case "sv" -> sv;
            case "en" -> en;
            default -> null;
        };
    }

    /** The text in the first of the preferred languages that has one, else in fi, sv, en order; "" when empty. */
    public String primary(List<String> preferred) {
        return Stream.concat(preferred.stream(), LANGUAGES.stream()).map(this::get)
                .filter(t -> t != null).findFirst().orElse("");
    }

    /** The languages present, with their texts, in fi, sv, en order. */
    @JsonIgnore
    public Map<String, String> present() {
        var texts = new java.util.LinkedHashMap<String, String>();
        LANGUAGES.forEach(l -> {
            String t = get(l);
            if (t != null) {
                texts.put(l, t);
            }
        });
        return texts;
    }

    private static @Nullable String clean(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
