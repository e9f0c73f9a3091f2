package fi.osaava.notification.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** This service's reading of {@value #TYPE}: the person by id and by the SHA-256 of the address. */
public record ContactPersonErasedMessage(
        @NotBlank String organisationId,
        @NotBlank String contactPersonId,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256") String emailSha256,
        @NotNull @PositiveOrZero Long revision) {

    public static final String TYPE = "fi.osaava.membership.contact-person.erased.v1";
}
