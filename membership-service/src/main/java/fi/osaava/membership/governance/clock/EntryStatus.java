package fi.osaava.membership.governance.clock;

/** A retired entry no longer comes round nor reminds; it stays for the record. */
public enum EntryStatus {
    ACTIVE, RETIRED
}
