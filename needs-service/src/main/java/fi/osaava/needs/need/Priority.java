package fi.osaava.needs.need;

/** The coordinator's priority of a need for annual planning; a need without one sorts after LOW. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    /** For sorting: HIGH first, no priority last. */
    public static int rank(@org.jspecify.annotations.Nullable Priority priority) {
        return priority == null ? values().length : priority.ordinal();
    }
}
