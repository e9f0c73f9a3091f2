package fi.osaava.kit.event;

/**
 * Who caused a state change, as every event records it: the acting organisation and the user or
 * client id (the token's {@code sub}).
 */
public record ActedBy(String organisationId, String subject) {
}
