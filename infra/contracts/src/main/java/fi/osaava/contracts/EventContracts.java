package fi.osaava.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contracts (CloudEvent {@code type} → JSON Schema of the event data, plus one example payload),
 * for tests of the services.
 *
 * <p>Resources: {@code events/<type>.schema.json} (JSON Schema draft 2020-12 whose {@code $id} is
 * {@value #SCHEMA_ID_PREFIX}{@code <type>.schema.json}) and {@code events/<type>.example.json}. The
 * {@code format} keywords ({@code date-time}, {@code date}, {@code email}) are asserted, not only annotated. Compiled
 * schemas are cached; all methods are thread-safe.
 */
public final class EventContracts {

    /** Topic {@code membership.organisations.v1}, key = organisationId. */
    public static final String ORGANISATION_REGISTERED = "fi.osaava.membership.organisation.registered.v1";

    /** Topic {@code membership.organisations.v1}, key = organisationId. */
    public static final String ORGANISATION_CONTACTS_CHANGED = "fi.osaava.membership.organisation.contacts-changed.v1";

    /** Topic {@code membership.organisations.v1}, key = organisationId. */
    public static final String CONTACT_PERSON_ERASED = "fi.osaava.membership.contact-person.erased.v1";

    /**
     * Topic {@code membership.organisations.v1}, key = organisationId: the organisation or the coordinator changed its
     * profile (regions, competence areas, target groups, contact address, website); the whole editable profile after it.
     */
    public static final String ORGANISATION_PROFILE_CHANGED = "fi.osaava.membership.organisation.profile-changed.v1";

    /** Topic {@code membership.ecosystems.v1}, key = ecosystemId: the platform coordinator founded an ecosystem. */
    public static final String ECOSYSTEM_FOUNDED = "fi.osaava.membership.ecosystem.founded.v1";

    /** Topic {@code membership.ecosystems.v1}, key = ecosystemId: renamed, new regions or another coordinator organisation. */
    public static final String ECOSYSTEM_UPDATED = "fi.osaava.membership.ecosystem.updated.v1";

    /** Topic {@code membership.organisations.v1}, key = organisationId: a transition of an organisation's participation in an ecosystem. */
    public static final String PARTICIPATION_CHANGED = "fi.osaava.membership.participation.changed.v1";

    /** Topic {@code catalogue.offerings.v1}, key = offeringId. */
    public static final String OFFERING_PUBLISHED = "fi.osaava.catalogue.offering.published.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId. */
    public static final String COMPETENCE_NEED_PUBLISHED = "fi.osaava.needs.competence-need.published.v1";

    /** Topic {@code catalogue.offerings.v1}, key = offeringId: a published offering's content changed. */
    public static final String OFFERING_UPDATED = "fi.osaava.catalogue.offering.updated.v1";

    /** Topic {@code catalogue.offerings.v1}, key = offeringId: a published offering was taken off the tray. */
    public static final String OFFERING_WITHDRAWN = "fi.osaava.catalogue.offering.withdrawn.v1";

    /** Topic {@code catalogue.offerings.v1}, key = offeringId: a published offering ended and was archived. */
    public static final String OFFERING_ARCHIVED = "fi.osaava.catalogue.offering.archived.v1";

    /** Topic {@code provider.<organisationId>.offerings.v1}, key = externalId: a provider's system creates or changes an offering. */
    public static final String PROVIDER_OFFERING_UPSERTED = "fi.osaava.provider.offering.upserted.v1";

    /** Topic {@code provider.<organisationId>.offerings.v1}, key = externalId: a provider's system withdraws an offering. */
    public static final String PROVIDER_OFFERING_WITHDRAWN = "fi.osaava.provider.offering.withdrawn.v1";

    /** Topic {@code catalogue.pre-registrations.v1}, key = offeringId: an organisation pre-registered seats on a funded offering. */
    public static final String PRE_REGISTRATION_REGISTERED = "fi.osaava.catalogue.pre-registration.registered.v1";

    /** Topic {@code catalogue.pre-registrations.v1}, key = offeringId: the seats of a not yet committed pre-registration changed. */
    public static final String PRE_REGISTRATION_CHANGED = "fi.osaava.catalogue.pre-registration.changed.v1";

    /** Topic {@code catalogue.pre-registrations.v1}, key = offeringId: an organisation committed to its seats. */
    public static final String PRE_REGISTRATION_COMMITTED = "fi.osaava.catalogue.pre-registration.committed.v1";

    /** Topic {@code catalogue.pre-registrations.v1}, key = offeringId: a pre-registration was cancelled, its seats freed. */
    public static final String PRE_REGISTRATION_CANCELLED = "fi.osaava.catalogue.pre-registration.cancelled.v1";

    /** Topic {@code catalogue.evaluations.v1}, key = offeringId: an organisation rated an ended offering (the comment stays out). */
    public static final String OFFERING_EVALUATED = "fi.osaava.catalogue.offering.evaluated.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: the reporter corrected a published need (its whole content). */
    public static final String COMPETENCE_NEED_UPDATED = "fi.osaava.needs.competence-need.updated.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: an education provider answered with an offering or a plan. */
    public static final String COMPETENCE_NEED_ANSWERED = "fi.osaava.needs.competence-need.answered.v1";

    /**
     * Topic {@code needs.competence-needs.v1}, key = needId: an open need's coverage grew (a new covering offering,
     * or one covering more of its areas), also when areas stay uncovered; before {@code covered} if it completes it.
     */
    public static final String COMPETENCE_NEED_COVERAGE_GAINED = "fi.osaava.needs.competence-need.coverage-gained.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: published offerings came to cover all of the need's areas. */
    public static final String COMPETENCE_NEED_COVERED = "fi.osaava.needs.competence-need.covered.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: a covered need's offerings no longer cover all of its areas. */
    public static final String COMPETENCE_NEED_COVERAGE_LOST = "fi.osaava.needs.competence-need.coverage-lost.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: the reporter or the coordinator closed an open need. */
    public static final String COMPETENCE_NEED_CLOSED = "fi.osaava.needs.competence-need.closed.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: the reporter took its need (a draft or an open one) back. */
    public static final String COMPETENCE_NEED_WITHDRAWN = "fi.osaava.needs.competence-need.withdrawn.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: the coordinator set, changed or cleared the priority. */
    public static final String COMPETENCE_NEED_PRIORITISED = "fi.osaava.needs.competence-need.prioritised.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: another organisation needs this too, with its head count. */
    public static final String COMPETENCE_NEED_ENDORSED = "fi.osaava.needs.competence-need.endorsed.v1";

    /** Topic {@code needs.competence-needs.v1}, key = needId: an organisation withdrew its endorsement. */
    public static final String COMPETENCE_NEED_ENDORSEMENT_WITHDRAWN = "fi.osaava.needs.competence-need.endorsement-withdrawn.v1";

    /** Topic {@code membership.passive-members.v1}, key = memberId: a passive member confirmed its address (double opt-in). */
    public static final String PASSIVE_MEMBER_CONFIRMED = "fi.osaava.membership.passive-member.confirmed.v1";

    /** Topic {@code membership.passive-members.v1}, key = memberId: a confirmed passive member left (address only hashed). */
    public static final String PASSIVE_MEMBER_LEFT = "fi.osaava.membership.passive-member.left.v1";

    /** Topic {@code membership.passive-members.v1}, key = memberId: the coordinator erased a passive member (address only hashed). */
    public static final String PASSIVE_MEMBER_ERASED = "fi.osaava.membership.passive-member.erased.v1";
    /** Topic {@code membership.governance.v1}, key = meetingId: an ecosystem's coordinator scheduled a meeting. */
    public static final String MEETING_SCHEDULED = "fi.osaava.membership.meeting.scheduled.v1";

    /** Topic {@code membership.governance.v1}, key = meetingId: a meeting's agenda was published (also its reminder). */
    public static final String MEETING_AGENDA_PUBLISHED = "fi.osaava.membership.meeting.agenda-published.v1";

    /** Topic {@code membership.governance.v1}, key = meetingId: a meeting not yet held was cancelled. */
    public static final String MEETING_CANCELLED = "fi.osaava.membership.meeting.cancelled.v1";

    /** Topic {@code membership.governance.v1}, key = meetingId: a meeting's decisions were recorded; it was held. */
    public static final String MEETING_DECISIONS_RECORDED = "fi.osaava.membership.meeting.decisions-recorded.v1";

    /** Topic {@code membership.governance.v1}, key = meetingId: a meeting still on starts within the reminder's days. */
    public static final String MEETING_UPCOMING = "fi.osaava.membership.meeting.upcoming.v1";

    /** Topic {@code membership.governance.v1}, key = entryId: an occurrence of an annual-clock entry came due, once. */
    public static final String ANNUAL_CLOCK_ENTRY_DUE = "fi.osaava.membership.annual-clock.entry-due.v1";

    /**
     * Topic {@code notification.alerts.v1}, key = subscriptionId: notification-service alerts a KAFKA-channel
     * subscription about an event; {@code ce_id} = alertId (the delivery id), the same on every retry.
     */
    public static final String ALERT_RAISED = "fi.osaava.notification.alert.raised.v1";

    /** Prefix of the schemas' {@code $id}; the value of the CloudEvents {@code dataschema} attribute is this plus {@code <type>.schema.json}. */
    public static final String SCHEMA_ID_PREFIX = "https://osaava.fi/contracts/events/";

    /** The competence vocabulary file every service reads (through the service kit) and its schema. */
    public static final String VOCABULARY = "reference/competence-vocabulary.v2.json";
    public static final String VOCABULARY_SCHEMA_ID = "https://osaava.fi/contracts/reference/competence-vocabulary.schema.json";

    private static final String RESOURCE_DIR = "events/";
    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final String EXAMPLE_SUFFIX = ".example.json";

    private static final Set<String> EVENT_TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(
            List.of(ORGANISATION_REGISTERED, ORGANISATION_CONTACTS_CHANGED, CONTACT_PERSON_ERASED,
                    OFFERING_PUBLISHED, COMPETENCE_NEED_PUBLISHED, OFFERING_UPDATED, OFFERING_WITHDRAWN,
                    PROVIDER_OFFERING_UPSERTED, PROVIDER_OFFERING_WITHDRAWN, OFFERING_ARCHIVED,
                    PRE_REGISTRATION_REGISTERED, PRE_REGISTRATION_CHANGED, PRE_REGISTRATION_COMMITTED,
                    PRE_REGISTRATION_CANCELLED, OFFERING_EVALUATED, COMPETENCE_NEED_UPDATED, COMPETENCE_NEED_ANSWERED,
                    COMPETENCE_NEED_COVERAGE_GAINED, COMPETENCE_NEED_COVERED, COMPETENCE_NEED_COVERAGE_LOST,
                    COMPETENCE_NEED_CLOSED, COMPETENCE_NEED_WITHDRAWN, COMPETENCE_NEED_PRIORITISED, COMPETENCE_NEED_ENDORSED,
                    COMPETENCE_NEED_ENDORSEMENT_WITHDRAWN, ECOSYSTEM_FOUNDED, ECOSYSTEM_UPDATED,
                    PARTICIPATION_CHANGED, PASSIVE_MEMBER_CONFIRMED, PASSIVE_MEMBER_LEFT, PASSIVE_MEMBER_ERASED,
                    COMPETENCE_NEED_ENDORSEMENT_WITHDRAWN, MEETING_SCHEDULED, MEETING_AGENDA_PUBLISHED,
                    MEETING_CANCELLED, MEETING_DECISIONS_RECORDED, MEETING_UPCOMING, ANNUAL_CLOCK_ENTRY_DUE,
                    ALERT_RAISED, ORGANISATION_PROFILE_CHANGED)));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Resolves our {@code $id}s to the bundled resources, so nothing is fetched from the network, turns on
     * format assertions (in draft 2020-12 {@code format} is only an annotation by default) and reports
     * locations as JSON paths ({@code $.regions[0]}).
     */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .pathType(PathType.JSON_PATH)
                            .build())
                    .schemas(EventContracts::bundledSchema));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventContracts() {
    }

    /** The CloudEvent types that have a contract, in a stable order. */
    public static Set<String> eventTypes() {
        return EVENT_TYPES;
    }

    /** The {@code $id} of the type's schema, which is also the CloudEvents {@code dataschema}. */
    public static String schemaId(String type) {
        requireKnown(type);
        return SCHEMA_ID_PREFIX + type + SCHEMA_SUFFIX;
    }

    /** The JSON text of the type's schema. */
    public static String schema(String type) {
        requireKnown(type);
        return resource(RESOURCE_DIR + type + SCHEMA_SUFFIX);
    }

    /** The JSON text of a realistic example payload (event data) of the type. */
    public static String example(String type) {
        requireKnown(type);
        return resource(RESOURCE_DIR + type + EXAMPLE_SUFFIX);
    }

    /**
     * Validates the event data against the type's schema.
     *
     * @return one message per violation, each starting with the location of the offending value
     *         (e.g. {@code $.regions[0]}); empty when the JSON conforms
     * @throws IllegalArgumentException if the type has no contract
     */
    public static List<String> violations(String type, String json) {
        Schema schema = compiledSchema(type);
        JsonNode data;
        try {
            data = JSON.readTree(json);
        }
        catch (JacksonException ex) {
            return List.of("$: not valid JSON: " + ex.getOriginalMessage());
        }
        if (data == null || data.isMissingNode()) {
            return List.of("$: no JSON value");
        }
        return schema.validate(data).stream().map(EventContracts::describe).toList();
    }

    /**
     * Fails when the event data does not conform to the type's schema.
     *
     * @throws AssertionError listing the violations
     * @throws IllegalArgumentException if the type has no contract
     */
    public static void assertConforms(String type, String json) {
        List<String> violations = violations(type, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("Event data does not conform to the contract of " + type + ":\n  - "
                    + String.join("\n  - ", violations) + "\nData: " + json);
        }
    }

    /** Validates a version of the competence vocabulary against its schema; empty when it conforms. */
    public static List<String> vocabularyViolations(String json) {
        Schema schema = SCHEMAS.computeIfAbsent(VOCABULARY_SCHEMA_ID,
                id -> REGISTRY.getSchema(SchemaLocation.of(id)));
        JsonNode data;
        try {
            data = JSON.readTree(json);
        }
        catch (JacksonException ex) {
            return List.of("$: not valid JSON: " + ex.getOriginalMessage());
        }
        return schema.validate(data).stream().map(EventContracts::describe).toList();
    }

    /** The JSON text of a bundled resource such as {@link #VOCABULARY}. */
    public static String resourceText(String name) {
        return resource(name);
    }

    private static Schema compiledSchema(String type) {
        requireKnown(type);
        return SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(SchemaLocation.of(schemaId(t))));
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation().toString();
        String message = error.getMessage();
        return message.startsWith(location) ? message : location + ": " + message;
    }

    private static @Nullable String bundledSchema(String iri) {
        if (VOCABULARY_SCHEMA_ID.equals(iri)) {
            return resource("reference/competence-vocabulary.schema.json");
        }
        if (!iri.startsWith(SCHEMA_ID_PREFIX) || !iri.endsWith(SCHEMA_SUFFIX)
                || iri.length() < SCHEMA_ID_PREFIX.length() + SCHEMA_SUFFIX.length()) {
            return null;
        }
        String type = iri.substring(SCHEMA_ID_PREFIX.length(), iri.length() - SCHEMA_SUFFIX.length());
        return EVENT_TYPES.contains(type) ? resource(RESOURCE_DIR + type + SCHEMA_SUFFIX) : null;
    }

    private static void requireKnown(String type) {
        if (!EVENT_TYPES.contains(type)) {
            throw new IllegalArgumentException("No event contract for type '" + type + "'; known types: " + EVENT_TYPES);
        }
    }

    private static String resource(String name) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing contract resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read contract resource " + name, ex);
        }
    }
}
