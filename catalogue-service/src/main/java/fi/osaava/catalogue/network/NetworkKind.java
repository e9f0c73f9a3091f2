package fi.osaava.catalogue.network;

/** Experts who share know-how in a field, or supervisors and leaders who support each other. */
public enum NetworkKind {
    EXPERT,
    SUPERVISOR
}
