package fi.osaava.membership.governance.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.kit.web.RequestBodies;
import fi.osaava.kit.security.Actors;
import fi.osaava.membership.governance.Helsinki;
import fi.osaava.membership.governance.clock.AnnualClockManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/ecosystems/{ecosystemId}/annual-clock")
@Tag(name = "Annual clock")
class AnnualClockController {

    private final AnnualClockManagement annualClock;
    private final RequestBodies bodies;
    private final Clock clock;

    AnnualClockController(AnnualClockManagement annualClock, RequestBodies bodies, Clock clock) {
        this.annualClock = annualClock;
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The year's occurrences of the active entries in date order, as Finnish dates (public; "
            + "year defaults to the current one)")
    AnnualClockView clock(@PathVariable String ecosystemId,
                          @RequestParam(required = false) @Min(2000) @Max(2100) @Nullable Integer year) {
        int theYear = year == null ? Helsinki.today(clock).getYear() : year;
        return AnnualClockView.of(ecosystemId, theYear, annualClock.clock(ecosystemId, theYear));
    }

    @GetMapping("/entries")
    @Operation(summary = "Every entry of the annual clock, retired ones too (public)")
    List<EntryView> entries(@PathVariable String ecosystemId) {
        return annualClock.entries(ecosystemId).stream().map(EntryView::of).toList();
    }

    @GetMapping("/entries/{entryId}")
    @Operation(summary = "One entry of the annual clock (public)")
    EntryView entry(@PathVariable String ecosystemId, @PathVariable String entryId) {
        return EntryView.of(annualClock.get(ecosystemId, entryId));
    }

    @PostMapping("/entries")
    @Operation(summary = "Add a recurring entry: title, responsible organisation, month (and day) or range, "
            + "days of advance reminder (the ecosystem's coordinator)")
    ResponseEntity<EntryView> add(@PathVariable String ecosystemId, @RequestBody EntryRequest request) {
        EntryView added = EntryView.of(annualClock.add(ecosystemId, () -> bodies.valid(request).toDetails(),
                Actors.current()));
        return ResponseEntity.created(URI.create("/api/ecosystems/" + ecosystemId + "/annual-clock/entries/"
                + added.entryId())).body(added);
    }

    @PutMapping("/entries/{entryId}")
    @Operation(summary = "Change an active entry (the ecosystem's coordinator); a retired one is a 409")
    EntryView change(@PathVariable String ecosystemId, @PathVariable String entryId, @RequestBody EntryRequest request) {
        return EntryView.of(annualClock.change(ecosystemId, entryId, () -> bodies.valid(request).toDetails(),
                Actors.current()));
    }

    @PostMapping("/entries/{entryId}/retire")
    @Operation(summary = "Retire an entry: it no longer comes round nor reminds (the ecosystem's coordinator)")
    EntryView retire(@PathVariable String ecosystemId, @PathVariable String entryId) {
        return EntryView.of(annualClock.retire(ecosystemId, entryId, Actors.current()));
    }
}
