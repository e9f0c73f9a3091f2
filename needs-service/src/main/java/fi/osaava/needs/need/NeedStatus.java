package fi.osaava.needs.need;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT → PUBLISHED → ANSWERED → COVERED → CLOSED, and WITHDRAWN by the reporter. COVERED is set and
 * lifted by the coverage of published offerings, so a COVERED need may go back to ANSWERED or PUBLISHED.
 */
public enum NeedStatus {
    DRAFT, PUBLISHED, ANSWERED, COVERED, CLOSED, WITHDRAWN;

    /** The statuses of a need the ecosystem is still working on: visible, endorsable, answerable, counted in foresight. */
    public static final Set<NeedStatus> OPEN = EnumSet.of(PUBLISHED, ANSWERED, COVERED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
