package fi.osaava.catalogue.offering;

/** DRAFT → PUBLISHED → WITHDRAWN (a draft may be withdrawn too); ARCHIVED comes with the catalogue lifecycle. */
public enum OfferingStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
