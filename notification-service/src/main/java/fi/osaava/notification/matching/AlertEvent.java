package fi.osaava.notification.matching;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, in the shape matching and the alert templates need, whatever event it came
 * from. Empty sets mean the event has no such dimension (a meeting has no target group).
 *
 * @param eventId                  the ledger's event key: the incoming {@code ce_id}, or a synthetic key
 *                                 for alerts this service raises itself (a deadline near)
 * @param topic                    what it is about
 * @param subjectId                the need, offering, meeting or annual-clock entry it is about
 * @param occurredAt               when it happened (end-to-end latency is measured from here)
 * @param regions                  region codes (maakunta) it concerns
 * @param competenceAreas          vocabulary codes, as the event names them
 * @param targetGroups             target group codes
 * @param category                 the offering's category, if any
 * @param originOrganisationId     the organisation that did it: never alerted about its own act
 * @param concernedOrganisationIds organisations it concerns directly (a need's reporter and endorsers)
 * @param titles                   the title by language ({@code fi}, {@code sv}, {@code en}); languages given as
 *                                 null or blank, and other languages, are dropped
 * @param details                  further facts for the templates, by well-known keys (see {@link Detail}); null
 *                                 and blank values are dropped
 */
public record AlertEvent(
        String eventId,
        Topic topic,
        String subjectId,
        Instant occurredAt,
        Set<String> regions,
        Set<String> competenceAreas,
        Set<String> targetGroups,
        @Nullable String category,
        @Nullable String originOrganisationId,
        Set<String> concernedOrganisationIds,
        Map<String, String> titles,
        Map<String, String> details) {

    public AlertEvent {
        regions = Set.copyOf(regions);
        competenceAreas = Set.copyOf(competenceAreas);
        targetGroups = Set.copyOf(targetGroups);
        concernedOrganisationIds = Set.copyOf(concernedOrganisationIds);
        titles = present(titles, LANGUAGES);
        details = present(details, null);
    }

    /** The languages alerts are written in, in the order a missing title falls back through them. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** The title in this language, else in the first of {@link #LANGUAGES} it has. */
    public String title(String language) {
        String title = titles.get(language);
        if (title != null) {
            return title;
        }
        return LANGUAGES.stream().map(titles::get).filter(Objects::nonNull).findFirst().orElse("");
    }

    /**
     * A localized text may lack any language but one, or carry it as null (the contracts allow both): what is
     * absent, null or blank is left out, and so is a language alerts are not written in.
     */
    private static Map<String, String> present(Map<String, ? extends @Nullable String> values,
                                               @Nullable List<String> keys) {
        Map<String, String> present = new HashMap<>();
        values.forEach((key, value) -> {
            if (key != null && value != null && !value.isBlank() && (keys == null || keys.contains(key))) {
                present.put(key, value);
            }
        });
        return Map.copyOf(present);
    }

    /** The keys of {@link #details()}; a template shows the ones present. */
    public static final class Detail {
        public static final String DESCRIPTION = "description";
        public static final String ESTIMATED_LEARNERS = "estimatedLearners";
        /** NOW, WITHIN_A_YEAR, ONE_TO_THREE_YEARS, THREE_TO_FIVE_YEARS */
        public static final String HORIZON = "horizon";
        /** an ISO instant */
        public static final String STARTS_AT = "startsAt";
        public static final String ENDS_AT = "endsAt";
        public static final String REGISTRATION_DEADLINE = "registrationDeadline";
        /** an ISO local date (annual clock) */
        public static final String STARTS_ON = "startsOn";
        public static final String ENDS_ON = "endsOn";
        public static final String PLACE = "place";
        public static final String ONLINE_URL = "onlineUrl";
        /** the answer's kind, OFFERING or PLAN, and its message and expected start (ISO date) */
        public static final String ANSWER_KIND = "answerKind";
        public static final String ANSWER_MESSAGE = "answerMessage";
        public static final String EXPECTED_START = "expectedStart";
        /** the title of the offering that answers or covers a need */
        public static final String OFFERING_TITLE = "offeringTitle";
        public static final String OFFERING_ID = "offeringId";
        public static final String ECOSYSTEM_ID = "ecosystemId";
        /** the organisation that reported the need (tells a reporter's alert from an endorser's) */
        public static final String REPORTING_ORGANISATION_ID = "reportingOrganisationId";

        private Detail() {
        }
    }
}
