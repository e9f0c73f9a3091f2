package fi.osaava.catalogue.network;

import org.jspecify.annotations.Nullable;

/** Filters of a network search; null = any. Closed networks only when asked for. */
public record NetworkSearch(@Nullable String text, @Nullable NetworkKind kind, @Nullable String competenceArea,
                            @Nullable String region, boolean includeClosed, boolean newestFirst) {
}
