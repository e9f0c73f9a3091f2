package fi.osaava.catalogue.thesis;

import org.jspecify.annotations.Nullable;

/** Filters of a thesis-topic search; null = any. Status defaults to OPEN. */
public record ThesisTopicSearch(@Nullable String text, @Nullable StudyField field, @Nullable DegreeLevel degreeLevel,
                                @Nullable String competenceArea, @Nullable String region,
                                @Nullable ThesisTopicStatus status, @Nullable String organisationId,
                                boolean newestFirst) {
}
