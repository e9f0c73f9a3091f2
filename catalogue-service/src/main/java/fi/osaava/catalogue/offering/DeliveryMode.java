package fi.osaava.catalogue.offering;

public enum DeliveryMode {
    ONLINE, ON_SITE, HYBRID
}
