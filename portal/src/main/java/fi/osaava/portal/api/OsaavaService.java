package fi.osaava.portal.api;

/** The services the portal asks; the message key names each in the person's language on error pages. */
public enum OsaavaService {
    MEMBERSHIP, CATALOGUE, NEEDS, NOTIFICATION;

    public String messageKey() {
        return "service." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
