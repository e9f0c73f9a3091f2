package fi.osaava.needs.coverage;

/** An offering as catalogue events last described it. WITHDRAWN is final. */
public enum OfferingState {
    PUBLISHED, WITHDRAWN, ARCHIVED
}
