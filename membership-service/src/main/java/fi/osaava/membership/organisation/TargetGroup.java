package fi.osaava.membership.organisation;

public enum TargetGroup {
    STAFF, SUPERVISORS
}
