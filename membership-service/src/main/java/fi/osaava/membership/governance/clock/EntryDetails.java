package fi.osaava.membership.governance.clock;

import fi.osaava.membership.governance.LocalisedText;

/**
 * What the coordinator says about an annual-clock entry.
 *
 * @param remindDaysBefore how many days before each occurrence starts its reminder goes out (0: on the day)
 */
public record EntryDetails(LocalisedText title, String description, String responsibleOrganisationId,
                           Recurrence recurrence, int remindDaysBefore) {
}
