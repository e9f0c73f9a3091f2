package fi.osaava.notification.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** This service's reading of {@value #LEFT} and {@value #ERASED}: the member by id and by the address's SHA-256. */
public record PassiveMemberGoneMessage(
        @NotBlank String memberId,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256") String emailSha256) {

    public static final String LEFT = "fi.osaava.membership.passive-member.left.v1";
    public static final String ERASED = "fi.osaava.membership.passive-member.erased.v1";
}
