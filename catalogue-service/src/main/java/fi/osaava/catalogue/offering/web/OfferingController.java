package fi.osaava.catalogue.offering.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fi.osaava.catalogue.offering.Category;
import fi.osaava.catalogue.offering.DeliveryMode;
import fi.osaava.catalogue.offering.OfferingFinder;
import fi.osaava.catalogue.offering.OfferingManagement;
import fi.osaava.catalogue.offering.OfferingSearch;
import fi.osaava.catalogue.offering.OfferingStatus;
import fi.osaava.catalogue.offering.PricingKind;
import fi.osaava.catalogue.offering.TargetGroup;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.security.Actors;
import fi.osaava.kit.domain.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

@RestController
@Validated
@RequestMapping("/api/offerings")
@Tag(name = "Offerings")
class OfferingController {

    private final OfferingManagement offerings;
    private final OfferingImport imports;
    private final OfferingFinder finder;

    OfferingController(OfferingManagement offerings, OfferingImport imports, OfferingFinder finder) {
        this.offerings = offerings;
        this.imports = imports;
        this.finder = finder;
    }

    /** Items are read one by one, so that one unreadable item fails alone. */
    record ImportRequest(@NotNull @Nullable List<@Nullable JsonNode> items) {
    }

    @PostMapping
    @Operation(summary = "Create an offering of the caller's organisation as a draft, or create and publish it at once with ?publish=true")
    ResponseEntity<OfferingView> create(@Valid @RequestBody OfferingRequest request,
                                        @RequestParam(defaultValue = "false") boolean publish) {
        Actor actor = Actors.current();
        OfferingView created = OfferingView.of(offerings.create(request.toDraft(actor.organisationId()),
                request.externalId(), request.sourceSystem(), publish || request.publishRequested(), actor.actedBy()), true);
        return ResponseEntity.created(URI.create("/api/offerings/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace the content of the caller's organisation's offering; a published one raises offering.updated "
            + "(404 for another's, 409 when WITHDRAWN or ARCHIVED)")
    OfferingView revise(@PathVariable String id, @Valid @RequestBody OfferingRequest request) {
        Actor actor = Actors.current();
        return OfferingView.of(offerings.revise(id, request.toDraft(actor.organisationId()), request.sourceSystem(),
                actor.actedBy()), true);
    }

    @PostMapping("/import")
    @Operation(summary = "Create or update many offerings of the caller's organisation by their externalId (at most 1,000); "
            + "a result per item, invalid items reported by position and field while the valid ones are saved")
    @SuppressWarnings("NullAway")
    OfferingImport.Report importOfferings(@Valid @RequestBody ImportRequest request) {
        return imports.run(request.items(), Actors.current().actedBy());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft offering to the tray")
    OfferingView publish(@PathVariable String id) {
        return OfferingView.of(offerings.publish(id, Actors.current().actedBy()), true);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw an offering of the caller's organisation from the tray, with the reason; 409 if it is already withdrawn or archived")
    @SuppressWarnings("NullAway")
    OfferingView withdraw(@PathVariable String id, @Valid @RequestBody WithdrawalRequest request) {
        return OfferingView.of(offerings.withdraw(id, request.reason().strip(), Actors.current().actedBy()), true);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A published, withdrawn or archived offering (anyone), or a draft of the caller's organisation; "
            + "the contact person only with a token")
    OfferingView get(@PathVariable String id) {
        return OfferingView.of(offerings.get(id, callerOrganisation()), signedIn());
    }

    @GetMapping("/search")
    @Operation(summary = "Search the tray (published offerings): free text in any language (an inflected Finnish word "
            + "finds its base form and compounds), filters, facet counts of all matches, paging; order=relevance "
            + "(default with q) or start (start time, earliest first); priceMin/priceMax bound the price in euros "
            + "(free and funded offerings cost 0)")
    OfferingSearchView search(
            @RequestParam(required = false) @Size(max = 200) @Nullable String q,
            @RequestParam(required = false) @RegionCode @Nullable String region,
            @RequestParam(required = false) @Nullable Category category,
            @RequestParam(required = false) @Nullable TargetGroup targetGroup,
            @RequestParam(required = false) @CompetenceAreaCode @Nullable String competenceArea,
            @RequestParam(required = false) @Pattern(regexp = "fi|sv|en") @Nullable String language,
            @RequestParam(required = false) @Nullable DeliveryMode deliveryMode,
            @RequestParam(required = false) @Nullable PricingKind pricing,
            @RequestParam(required = false) @Nullable Instant startsFrom,
            @RequestParam(required = false) @Nullable Instant startsTo,
            @RequestParam(required = false) @PositiveOrZero @Digits(integer = 7, fraction = 2) @Nullable BigDecimal priceMin,
            @RequestParam(required = false) @PositiveOrZero @Digits(integer = 7, fraction = 2) @Nullable BigDecimal priceMax,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Pattern(regexp = "relevance|start") @Nullable String order,
            Pageable page) {
        OfferingSearch.Order sort = "start".equals(order) || (order == null && (q == null || q.isBlank()))
                ? OfferingSearch.Order.START : OfferingSearch.Order.RELEVANCE;
        if (priceMin != null && priceMax != null && priceMin.compareTo(priceMax) > 0) {
            throw new InvalidFieldException("priceMax", "must not be below priceMin");
        }
        OfferingFinder.Found found = finder.search(new OfferingSearch(q, region, category, targetGroup, competenceArea,
                language, deliveryMode, pricing, startsFrom, startsTo, priceMin, priceMax, provider, sort), page);
        boolean signedIn = signedIn();
        return new OfferingSearchView(found.page().items().stream().map(o -> OfferingView.of(o, signedIn)).toList(),
                found.page().total(), found.page().page(), found.page().size(), found.page().truncated(),
                found.facets());
    }

    @GetMapping
    @Operation(summary = "The tray: published offerings (anyone) and the caller's own, newest first")
    List<OfferingView> list(@RequestParam(required = false) @Nullable OfferingStatus status, Pageable page) {
        boolean signedIn = signedIn();
        return offerings.list(status, callerOrganisation(), page).stream().map(o -> OfferingView.of(o, signedIn)).toList();
    }

    private static boolean signedIn() {
        return Actors.optional().isPresent();
    }

    private static @Nullable String callerOrganisation() {
        return Actors.optional().map(Actor::organisationId).orElse(null);
    }
}
