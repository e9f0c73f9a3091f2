package fi.osaava.catalogue.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** This service's reading of {@value #TYPE}: only what it needs to find the address. */
public record ContactPersonErasedMessage(@NotBlank String contactPersonId,
                                  @NotBlank @Pattern(regexp = "[0-9a-f]{64}") String emailSha256) {

    public static final String TYPE = "fi.osaava.membership.contact-person.erased.v1";
}
