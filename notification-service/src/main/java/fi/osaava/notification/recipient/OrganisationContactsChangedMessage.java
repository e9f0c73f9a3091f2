package fi.osaava.notification.recipient;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** This service's reading of {@value #TYPE}: who at the organisation gets its alerts. */
public record OrganisationContactsChangedMessage(
        @NotBlank String organisationId,
        @NotNull List<@NotNull @Valid Contact> contactPersons,
        @NotNull @PositiveOrZero Long revision) {

    public static final String TYPE = "fi.osaava.membership.organisation.contacts-changed.v1";

    public record Contact(@NotBlank String contactPersonId, @NotBlank @Email String email, @Nullable String language,
                          @NotNull Boolean receivesAlerts) {
    }
}
