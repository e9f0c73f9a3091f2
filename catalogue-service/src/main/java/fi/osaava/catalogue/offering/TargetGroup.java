package fi.osaava.catalogue.offering;

public enum TargetGroup {
    STAFF, SUPERVISORS
}
