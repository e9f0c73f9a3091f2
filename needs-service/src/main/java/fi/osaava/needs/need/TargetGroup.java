package fi.osaava.needs.need;

/** Who must learn: staff and professionals, or supervisors and leaders. */
public enum TargetGroup {
    STAFF, SUPERVISORS
}
