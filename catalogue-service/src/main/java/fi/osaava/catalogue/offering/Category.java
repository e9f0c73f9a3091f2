package fi.osaava.catalogue.offering;

/** The four PirSOTE tray categories. */
public enum Category {
    /** 1 free trainings, webinars and tools */
    FREE_TRAINING_WEBINAR_TOOL,
    /** 2 education providers' training */
    PROVIDER_TRAINING,
    /** 3 change coaching and support */
    CHANGE_SUPPORT,
    /** 4 project-portfolio events, workshops and trainings */
    PROJECT_EVENT
}
