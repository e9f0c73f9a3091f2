package fi.osaava.catalogue.offering.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

import fi.osaava.catalogue.offering.FeedUpsert;
import fi.osaava.catalogue.offering.OfferingDraft;
import fi.osaava.catalogue.offering.OfferingManagement;
import fi.osaava.catalogue.offering.OfferingManagement.Upserted;
import fi.osaava.catalogue.offering.OfferingProperties;
import fi.osaava.catalogue.offering.OfferingRules;
import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.FieldError;
import fi.osaava.kit.domain.InvalidFieldException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider system's bulk import: each item is read, validated and upserted on its own, so a bad item is
 * reported by its position and field while every good one in the same request is kept. Idempotent on
 * (provider, externalId), like the Kafka feed.
 */
@Component
class OfferingImport {

    enum ItemStatus {
        CREATED, UPDATED, UNCHANGED, FAILED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemResult(int index, @Nullable String externalId, ItemStatus status, @Nullable String offeringId,
                      @Nullable List<FieldError> errors) {
    }

    record Report(long created, long updated, long unchanged, long failed, List<ItemResult> results) {
    }

    private record Valid(int index, OfferingRequest request, OfferingDraft draft) {
    }

    private static final Logger log = LoggerFactory.getLogger(OfferingImport.class);

    private final OfferingManagement offerings;
    private final Validator validator;
    private final JsonMapper json;
    private final OfferingProperties properties;

    OfferingImport(OfferingManagement offerings, Validator validator, JsonMapper json, OfferingProperties properties) {
        this.offerings = offerings;
        this.validator = validator;
        this.json = json;
        this.properties = properties;
    }

    Report run(List<@Nullable JsonNode> items, ActedBy actedBy) {
        if (items.size() > properties.importMaxItems()) {
            throw new InvalidFieldException("items", "at most " + properties.importMaxItems()
                    + " items in one import; this one has " + items.size() + ", send the rest in another request");
        }
        long started = System.nanoTime();
        String provider = actedBy.organisationId();
        ItemResult[] results = new ItemResult[items.size()];
        List<Valid> valid = new ArrayList<>();
        Map<String, Integer> firstIndexOf = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String prefix = "items[" + i + "]";
            JsonNode item = items.get(i);
            if (item == null || !item.isObject()) {
                results[i] = failed(i, null, List.of(new FieldError(prefix, "must be an offering object")));
                continue;
            }
            OfferingRequest request;
            try {
                request = json.treeToValue(item, OfferingRequest.class);
            } catch (JacksonException e) {
                results[i] = failed(i, text(item, "externalId"), List.of(new FieldError(prefix + path(e),
                        "unreadable: " + e.getOriginalMessage().lines().findFirst().orElse(""))));
                continue;
            }
            List<FieldError> errors = new ArrayList<>(violations(prefix, request));
            String externalId = request.externalId();
            if (externalId == null || externalId.isBlank()) {
                errors.add(new FieldError(prefix + ".externalId", "is required in an import"));
            } else if (firstIndexOf.putIfAbsent(externalId, i) != null) {
                errors.add(new FieldError(prefix + ".externalId", "the same externalId as items["
                        + firstIndexOf.get(externalId) + "]; an import names each offering once"));
            }
            if (errors.isEmpty()) {
                OfferingDraft draft = request.toDraft(provider);
                OfferingRules.violations(draft).forEach(e -> errors.add(new FieldError(prefix + "." + e.field(), e.message())));
                if (errors.isEmpty()) {
                    valid.add(new Valid(i, request, draft));
                    continue;
                }
            }
            results[i] = failed(i, externalId, errors);
        }
        List<OfferingManagement.ImportOutcome> outcomes = offerings.upsertAll(provider, valid.stream()
                .map(v -> new FeedUpsert(Objects.requireNonNull(v.request().externalId()), v.request().sourceSystem(),
                        v.draft(), v.request().publishRequested())).toList(), actedBy);
        for (int n = 0; n < valid.size(); n++) {
            results[valid.get(n).index()] = result(valid.get(n), outcomes.get(n));
        }
        List<ItemResult> all = List.of(results);
        Report report = new Report(count(all, ItemStatus.CREATED), count(all, ItemStatus.UPDATED),
                count(all, ItemStatus.UNCHANGED), count(all, ItemStatus.FAILED), all);
        log.info("Import of {} offering(s) by {}: {} created, {} updated, {} unchanged, {} failed in {} ms", items.size(),
                provider, report.created(), report.updated(), report.unchanged(), report.failed(),
                (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private static ItemResult result(Valid item, OfferingManagement.ImportOutcome outcome) {
        String externalId = item.request().externalId();
        String prefix = "items[" + item.index() + "]";
        Upserted upserted = outcome.upserted();
        if (upserted != null) {
            return new ItemResult(item.index(), externalId, ItemStatus.valueOf(upserted.outcome().name()),
                    upserted.offering().id(), null);
        }
        RuntimeException failure = Objects.requireNonNull(outcome.failure());
        if (failure instanceof InvalidFieldException invalid) {
            return failed(item.index(), externalId, invalid.errors().stream()
                    .map(f -> new FieldError(prefix + "." + f.field(), f.message())).toList());
        }
        if (failure instanceof DuplicateKeyException || failure instanceof OptimisticLockingFailureException) {
            return failed(item.index(), externalId, List.of(new FieldError(prefix + ".externalId",
                    "another request wrote this offering meanwhile; send this item again")));
        }
        if (failure instanceof ConflictException) {
            return failed(item.index(), externalId, List.of(new FieldError(prefix, String.valueOf(failure.getMessage()))));
        }
        throw failure;
    }

    private List<FieldError> violations(String prefix, OfferingRequest request) {
        Set<ConstraintViolation<OfferingRequest>> violations = validator.validate(request);
        return violations.stream()
                .map(v -> new FieldError(prefix + "." + v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""),
                        v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
    }

    /** The location in the item of what could not be read, e.g. {@code .pricing.kind} or {@code .regions[2]}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static @Nullable String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static ItemResult failed(int index, @Nullable String externalId, List<FieldError> errors) {
        return new ItemResult(index, externalId, ItemStatus.FAILED, null, errors);
    }

    private static long count(List<ItemResult> results, ItemStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
