package fi.osaava.catalogue.thesis;

/** The degree a thesis (or a vocational final project) is part of. */
public enum DegreeLevel {
    VOCATIONAL,
    UAS_BACHELOR,
    UAS_MASTER,
    UNIVERSITY_BACHELOR,
    UNIVERSITY_MASTER,
    DOCTORAL
}
