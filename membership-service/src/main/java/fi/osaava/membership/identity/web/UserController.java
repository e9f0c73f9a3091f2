package fi.osaava.membership.identity.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fi.osaava.membership.identity.Role;
import fi.osaava.membership.identity.UserManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * The coordinator's admin API for the people of an organisation: coordinator only
 * ({@link fi.osaava.membership.identity.IdentityAccess}).
 */
@RestController
@RequestMapping("/api/organisations/{organisationId}/users")
@Tag(name = "Users")
class UserController {

    private final UserManagement users;

    UserController(UserManagement users) {
        this.users = users;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a person who logs in with the e-mail address; the initial password is in this "
            + "response only")
    @SuppressWarnings("NullAway")
    IssuedUserView create(@PathVariable String organisationId, @Valid @RequestBody UserRequest request) {
        List<Role> roles = request.roles().stream().distinct().toList();
        boolean coordinatorOrganisation = users.isCoordinatorOrganisation(organisationId);
        if (roles.contains(Role.COORDINATOR) != coordinatorOrganisation) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, coordinatorOrganisation
                    ? "The coordinator's staff have the role COORDINATOR"
                    : "Only the coordinator's staff have the role COORDINATOR");
        }
        return IssuedUserView.of(users.createUser(organisationId, request.email(), roles));
    }

    @GetMapping
    @Operation(summary = "The organisation's people, oldest first, never their passwords")
    List<UserView> list(@PathVariable String organisationId) {
        return users.usersOf(organisationId).stream().map(UserView::of).toList();
    }

    @PostMapping("/{userId}/disable")
    @Operation(summary = "The person can no longer log in or get tokens; tokens they hold run out within 15 min")
    UserView disable(@PathVariable String organisationId, @PathVariable String userId) {
        return UserView.of(users.disable(organisationId, userId));
    }

    @PostMapping("/{userId}/enable")
    @Operation(summary = "A disabled person may log in again")
    UserView enable(@PathVariable String organisationId, @PathVariable String userId) {
        return UserView.of(users.enable(organisationId, userId));
    }
}
