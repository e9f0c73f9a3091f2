package fi.osaava.notification.subscription;

/** How often an e-mail subscription hears: at once, or one digest a day or a week. */
public enum Cadence {
    IMMEDIATE, DAILY, WEEKLY
}
