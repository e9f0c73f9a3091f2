package fi.osaava.notification.matching;

/**
 * What an alert is about: the event types a subscription can name. NEED_ANSWERED and NEED_COVERED are
 * also reverse alerts: they reach the organisations the event concerns (the need's reporter and
 * endorsers) whatever their filters.
 */
public enum Topic {
    /** a competence need was published in a region */
    NEED_PUBLISHED,
    /** an education provider answered a need (with an offering or a plan) */
    NEED_ANSWERED,
    /** published offerings now cover a need */
    NEED_COVERED,
    /** an offering was published in the tray */
    OFFERING_PUBLISHED,
    /** an offering's pre-registration closes soon */
    PRE_REGISTRATION_DEADLINE_NEAR,
    /** a governance meeting was scheduled in an ecosystem */
    MEETING_SCHEDULED,
    /** an annual-clock entry of an ecosystem is coming up */
    ANNUAL_CLOCK_REMINDER
}
