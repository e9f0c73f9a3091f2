package fi.osaava.portal.thesis;

import org.jspecify.annotations.Nullable;

import fi.osaava.portal.search.Search;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a visitor looks for in the thesis-topic bank: the page's query parameters, named as catalogue-service's
 * {@code GET /api/thesis-topics} names them. A field or degree the portal has no label for is refused here.
 */
public record ThesisSearch(
        @Size(max = 200) @Nullable String q,
        @Pattern(regexp = ThesisSearch.FIELDS) @Nullable String field,
        @Pattern(regexp = ThesisSearch.DEGREE_LEVELS) @Nullable String degreeLevel,
        @Pattern(regexp = "[a-z0-9-]{1,80}") @Nullable String competenceArea,
        @Pattern(regexp = "[0-9]{2}") @Nullable String region,
        @Pattern(regexp = "relevance|newest") @Nullable String order,
        @Pattern(regexp = Search.PAGE) @Nullable String page) implements Search {

    /** The fields of study the catalogue files topics under, each with its label ({@code thesis.field.…}). */
    static final String FIELDS = "NURSING|HEALTH_CARE|SOCIAL_SERVICES|REHABILITATION|EMERGENCY_CARE|ORAL_HEALTH"
            + "|HEALTH_TECHNOLOGY|MANAGEMENT|OTHER";
    /** The degrees a topic can be part of, each with its label ({@code thesis.degreeLevel.…}). */
    static final String DEGREE_LEVELS =
            "VOCATIONAL|UAS_BACHELOR|UAS_MASTER|UNIVERSITY_BACHELOR|UNIVERSITY_MASTER|DOCTORAL";

    @Override
    public String path() {
        return "/thesis-topics";
    }
}
