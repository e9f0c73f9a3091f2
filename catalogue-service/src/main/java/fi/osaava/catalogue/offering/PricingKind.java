package fi.osaava.catalogue.offering;

/** FREE; PAID (with a price); FUNDED (paid by a funder: binding pre-registration and commitment, limited seats). */
public enum PricingKind {
    FREE, PAID, FUNDED
}
