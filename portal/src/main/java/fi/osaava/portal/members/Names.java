package fi.osaava.portal.members;

import org.jspecify.annotations.Nullable;

/** The organisation's name a form sent back for the message after a decision: shown, never trusted for anything. */
final class Names {

    private static final int LONGEST = 200;

    private Names() {
    }

    static String shown(@Nullable String name, String organisationId) {
        String given = name == null ? "" : name.strip();
        if (given.isEmpty()) {
            return organisationId;
        }
        return given.length() > LONGEST ? given.substring(0, LONGEST) : given;
    }
}
