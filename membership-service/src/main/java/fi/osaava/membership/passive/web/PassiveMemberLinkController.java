package fi.osaava.membership.passive.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.membership.passive.Confirmation;
import fi.osaava.membership.passive.ConfirmationLink;
import fi.osaava.membership.passive.Leaving;
import fi.osaava.membership.passive.PassiveMemberManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The links of the passive members' mails: no account, no cookies. A GET only shows a page (mail scanners
 * follow links); the page's button, or a mail client's RFC 8058 one-click POST, does the deed. The token
 * comes in the query or in the form body. An unknown link is 400, an expired one 410, both as pages.
 */
@RestController
@RequestMapping("/api/passive-members")
@Tag(name = "Passive members")
class PassiveMemberLinkController {

    static final String CONFIRM = "/api/passive-members/confirm";
    static final String LEAVE = "/api/passive-members/leave";

    private final PassiveMemberManagement members;

    PassiveMemberLinkController(PassiveMemberManagement members) {
        this.members = members;
    }

    @GetMapping(path = "/confirm")
    @Operation(summary = "The confirmation page of a confirmation link: changes nothing")
    ResponseEntity<String> confirmationPage(@RequestParam(defaultValue = "") String token) {
        ConfirmationLink link = members.confirmation(token);
        return link.outcome() == Confirmation.CONFIRMED
                ? LinkPages.form(link.language(), "confirm", CONFIRM, token)
                : confirmationOutcome(link);
    }

    @PostMapping(path = "/confirm")
    @Operation(summary = "Confirm a passive member's address (double opt-in); idempotent")
    ResponseEntity<String> confirm(@RequestParam(defaultValue = "") String token) {
        return confirmationOutcome(members.confirm(token));
    }

    private static ResponseEntity<String> confirmationOutcome(ConfirmationLink link) {
        String language = link.language();
        return switch (link.outcome()) {
            case CONFIRMED -> LinkPages.message(HttpStatus.OK, language, "confirmTitle", "confirmed");
            case ALREADY_CONFIRMED -> LinkPages.message(HttpStatus.OK, language, "confirmTitle", "alreadyConfirmed");
            case EXPIRED -> LinkPages.message(HttpStatus.GONE, language, "confirmTitle", "expired");
            case UNKNOWN -> LinkPages.message(HttpStatus.BAD_REQUEST, language, "confirmTitle", "unknown");
        };
    }

    @GetMapping(path = "/leave")
    @Operation(summary = "The page of a leave link: changes nothing")
    ResponseEntity<String> leavePage(@RequestParam(defaultValue = "") String token) {
        Leaving leaving = members.leaving(token);
        return leaving.outcome() == Leaving.Outcome.MEMBER
                ? LinkPages.form(leaving.language(), "leave", LEAVE, token)
                : leavingOutcome(leaving);
    }

    @PostMapping(path = "/leave")
    @Operation(summary = "Leave: one click (RFC 8058), no login; the address is erased; idempotent")
    ResponseEntity<String> leave(@RequestParam(defaultValue = "") String token) {
        return leavingOutcome(members.leave(token));
    }

    private static ResponseEntity<String> leavingOutcome(Leaving leaving) {
        return switch (leaving.outcome()) {
            case LEFT, ALREADY_LEFT, MEMBER -> LinkPages.message(HttpStatus.OK, leaving.language(), "leaveTitle", "left");
            case UNKNOWN -> LinkPages.message(HttpStatus.BAD_REQUEST, null, "leaveTitle", "unknown");
        };
    }
}
