package fi.osaava.membership.passive.web;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.security.Actors;
import fi.osaava.membership.passive.PassiveMemberManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/ecosystems/{ecosystemId}/passive-members")
@Tag(name = "Passive members")
class PassiveMemberController {

    private final PassiveMemberManagement members;

    PassiveMemberController(PassiveMemberManagement members) {
        this.members = members;
    }

    @PostMapping
    @Operation(summary = "Join an ecosystem as a passive member with an e-mail address and interests (public). "
            + "Always 202: a confirmation mail goes to the address, or a reminder if it is a member already")
    ResponseEntity<Void> join(@PathVariable String ecosystemId, @Valid @RequestBody JoinRequest request) {
        members.join(ecosystemId, request.address(), request.toProfile());
        return ResponseEntity.accepted().build();
    }

    @GetMapping
    @Operation(summary = "The ecosystem's passive members (its coordinator only)")
    List<PassiveMemberView> list(@PathVariable String ecosystemId, Pageable page) {
        return members.list(ecosystemId, Actors.current(), page).stream().map(PassiveMemberView::of).toList();
    }

    @DeleteMapping("/{memberId}")
    @Operation(summary = "Erase a passive member and its address everywhere (the ecosystem's coordinator only)")
    ResponseEntity<Void> erase(@PathVariable String ecosystemId, @PathVariable String memberId) {
        members.erase(ecosystemId, memberId, Actors.current());
        return ResponseEntity.noContent().build();
    }
}
