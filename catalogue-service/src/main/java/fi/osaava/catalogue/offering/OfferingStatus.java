package fi.osaava.catalogue.offering;

/** DRAFT → PUBLISHED for now; WITHDRAWN and ARCHIVED come with the catalogue lifecycle (issue 4). */
public enum OfferingStatus {
    DRAFT, PUBLISHED
}
