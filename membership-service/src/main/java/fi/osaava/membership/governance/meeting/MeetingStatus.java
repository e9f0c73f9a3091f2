package fi.osaava.membership.governance.meeting;

/** SCHEDULED → AGENDA_PUBLISHED → HELD (with its decisions); SCHEDULED or AGENDA_PUBLISHED → CANCELLED. */
public enum MeetingStatus {
    SCHEDULED, AGENDA_PUBLISHED, HELD, CANCELLED
}
