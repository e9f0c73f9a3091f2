package fi.osaava.needs.need;

/** DRAFT → PUBLISHED for now; ANSWERED, COVERED and CLOSED come with the need lifecycle. */
public enum NeedStatus {
    DRAFT, PUBLISHED
}
