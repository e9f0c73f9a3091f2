package fi.osaava.membership.organisation;

/** Core actors work actively; the middle ring exchanges information; the outer ring follows. */
public enum Ring {
    CORE, MIDDLE, OUTER
}
