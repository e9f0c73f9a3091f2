package fi.osaava.notification.recipient;

import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/** This service's reading of {@value #TYPE}: where to reach a passive member, and about what. */
public record PassiveMemberConfirmedMessage(
        @NotBlank String memberId,
        @NotBlank String ecosystemId,
        @NotBlank @Email String email,
        @Nullable String organisationName,
        @NotEmpty List<@NotBlank String> regions,
        @NotEmpty List<@NotBlank String> competenceAreas,
        @Nullable List<String> targetGroups,
        @Nullable String language) {

    public static final String TYPE = "fi.osaava.membership.passive-member.confirmed.v1";
}
