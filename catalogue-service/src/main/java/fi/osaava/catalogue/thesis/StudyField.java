package fi.osaava.catalogue.thesis;

/** The field of study a thesis topic is for. */
public enum StudyField {
    NURSING,
    HEALTH_CARE,
    SOCIAL_SERVICES,
    REHABILITATION,
    EMERGENCY_CARE,
    ORAL_HEALTH,
    HEALTH_TECHNOLOGY,
    MANAGEMENT,
    OTHER
}
