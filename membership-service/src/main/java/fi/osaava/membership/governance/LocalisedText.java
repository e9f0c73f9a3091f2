package fi.osaava.membership.governance;

import org.jspecify.annotations.Nullable;

/** A text in Finnish and, where given, Swedish and English. */
public record LocalisedText(String fi, @Nullable String sv, @Nullable String en) {
}
