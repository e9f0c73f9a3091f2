package fi.osaava.membership.passive;

import org.jspecify.annotations.Nullable;

/**
 * What a leave link does (or would do).
 *
 * @param language the member's language, to answer in; none for an unknown link
 */
public record Leaving(Outcome outcome, @Nullable String language) {

    public enum Outcome {
        /** the member is a member: leaving ends it (the page behind a GET offers to) */
        MEMBER,
        /** the member has left now */
        LEFT,
        /** the member had left or was erased before: nothing changes */
        ALREADY_LEFT,
        /** no such link */
        UNKNOWN
    }
}
