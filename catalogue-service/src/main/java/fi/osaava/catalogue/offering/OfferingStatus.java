package fi.osaava.catalogue.offering;

/**
 * DRAFT → PUBLISHED → WITHDRAWN (by the provider, with a reason; a draft may be withdrawn too) or ARCHIVED (by
 * itself once it has ended). WITHDRAWN and ARCHIVED are final.
 */
public enum OfferingStatus {
    DRAFT, PUBLISHED, WITHDRAWN, ARCHIVED
}
