package fi.osaava.needs.need;

/** When the competence is needed. */
public enum Horizon {
    NOW, WITHIN_A_YEAR, ONE_TO_THREE_YEARS, THREE_TO_FIVE_YEARS
}
