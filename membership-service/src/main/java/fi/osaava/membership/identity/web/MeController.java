package fi.osaava.membership.identity.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import fi.osaava.membership.identity.IdentityProperties;
import fi.osaava.membership.identity.UserManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The caller's own view of themselves, and a person's password change. Any valid token. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "Me")
class MeController {

    private final UserManagement users;
    private final IdentityProperties properties;

    MeController(UserManagement users, IdentityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    record Me(String subject, String organisationId, List<String> roles, boolean person) {
    }

    record PasswordChange(@NotBlank @Size(max = 200) @Nullable String currentPassword,
                          @NotBlank @Size(max = 200) @Nullable String newPassword) {
    }

    @GetMapping
    @Operation(summary = "Who the token says the caller is: subject, organisation, roles")
    Me me(@AuthenticationPrincipal Jwt jwt) {
        Actor actor = Actors.of(jwt);
        return new Me(actor.subject(), actor.organisationId(), actor.roles().stream().sorted().toList(), isPerson(jwt));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A person replaces their password (at least 12 characters), proving the current one")
    @SuppressWarnings("NullAway")
    void changePassword(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PasswordChange change) {
        if (!isPerson(jwt)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a person's token may change a password");
        }
        // a person's sub is their user id
        users.changePassword(jwt.getSubject(), change.currentPassword(), change.newPassword());
    }

    /** A person's token comes from the web client's or the portal's authorization code flow; a machine's is its own. */
    private boolean isPerson(Jwt jwt) {
        return properties.isPeoplesClient(jwt.getClaimAsString("client_id"))
                && properties.issuer().equals(String.valueOf(jwt.getIssuer()));
    }
}
