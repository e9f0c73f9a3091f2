package fi.osaava.notification.source;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import fi.osaava.kit.inbox.IncomingEvent;
import fi.osaava.notification.alert.AlertManagement;
import fi.osaava.notification.matching.AlertEvent;
import fi.osaava.notification.matching.AlertEvent.Detail;
import fi.osaava.notification.matching.Topic;

/**
 * Reads each source event into an {@link AlertEvent} and raises it. The alert's ledger key is the incoming
 * {@code ce_id}, so a redelivered event alerts nobody twice.
 */
@Service
public class AlertSources {

    private final AlertManagement alerts;
    private final MongoTemplate mongo;
    private final UpcomingDeadlines deadlines;

    AlertSources(AlertManagement alerts, MongoTemplate mongo, UpcomingDeadlines deadlines) {
        this.alerts = alerts;
        this.mongo = mongo;
        this.deadlines = deadlines;
    }

    public void needPublished(IncomingEvent<NeedPublishedMessage> event) {
        NeedPublishedMessage need = event.data();
        Map<String, String> details = new HashMap<>();
        put(details, Detail.DESCRIPTION, need.description());
        put(details, Detail.ESTIMATED_LEARNERS, need.estimatedLearners());
        put(details, Detail.HORIZON, need.horizon());
        details.put(Detail.REPORTING_ORGANISATION_ID, need.reportingOrganisationId());
        alerts.raise(new AlertEvent(event.id(), Topic.NEED_PUBLISHED, need.needId(), event.time(), Set.of(need.region()),
                Set.copyOf(need.competenceAreas()), Set.of(need.targetGroup()), null, need.reportingOrganisationId(),
                Set.of(), Map.of("fi", need.title()), details));
    }

    /** The reporter and the endorsers hear of it whatever their filters (a reverse alert). */
    public void needAnswered(IncomingEvent<NeedAnsweredMessage> event) {
        NeedAnsweredMessage answer = event.data();
        Map<String, String> details = new HashMap<>();
        details.put(Detail.ANSWER_KIND, answer.kind());
        put(details, Detail.ANSWER_MESSAGE, answer.message());
        put(details, Detail.EXPECTED_START, answer.expectedStart());
        put(details, Detail.OFFERING_ID, answer.offeringId());
        details.put(Detail.REPORTING_ORGANISATION_ID, answer.reportingOrganisationId());
        alerts.raise(new AlertEvent(event.id(), Topic.NEED_ANSWERED, answer.needId(), event.time(),
                Set.of(answer.region()), Set.copyOf(answer.competenceAreas()), Set.of(), null,
                answer.answeringOrganisationId(), concerned(answer.reportingOrganisationId(),
                answer.endorsingOrganisationIds()), Map.of("fi", answer.title()), details));
    }

    /**
     * Offerings newly cover a need, in part or in full: its reporter and endorsers hear which ones (the
     * need's {@code covered} event, which follows when coverage is complete, alerts nobody again).
     */
    public void needCoverageGained(IncomingEvent<NeedCoverageGainedMessage> event) {
        NeedCoverageGainedMessage gained = event.data();
        Set<String> areas = new LinkedHashSet<>();
        gained.gainedOfferings().forEach(offering -> {
            if (offering.coveredAreas() != null) {
                areas.addAll(offering.coveredAreas());
            }
        });
        Map<String, String> details = new HashMap<>();
        details.put(Detail.OFFERING_TITLE, gained.gainedOfferings().stream()
                .map(offering -> offering.title() == null ? offering.offeringId() : offering.title())
                .collect(Collectors.joining("; ")));
        details.put(Detail.OFFERING_ID, gained.gainedOfferings().get(0).offeringId());
        details.put(Detail.REPORTING_ORGANISATION_ID, gained.reportingOrganisationId());
        alerts.raise(new AlertEvent(event.id(), Topic.NEED_COVERED, gained.needId(), event.time(),
                Set.of(gained.region()), areas, Set.of(), null, null,
                concerned(gained.reportingOrganisationId(), gained.endorsingOrganisationIds()),
                Map.of("fi", gained.title()), details));
    }

    public void offeringPublished(IncomingEvent<OfferingPublishedMessage> event) {
        alerts.raise(offeringEvent(event.id(), Topic.OFFERING_PUBLISHED, event.data(), event.time()));
        deadlines.follow(event.data());
    }

    public void offeringUpdated(IncomingEvent<OfferingPublishedMessage> event) {
        deadlines.follow(event.data());
    }

    public void offeringEnded(IncomingEvent<OfferingEndedMessage> event) {
        deadlines.forget(event.data().offeringId());
    }

    static AlertEvent offeringEvent(String eventId, Topic topic, OfferingPublishedMessage offering,
                                    Instant occurredAt) {
        // AlertEvent keeps only the languages alerts are written in, and only those given
        Map<String, @Nullable String> titles = new HashMap<>();
        if (offering.titles() != null) {
            titles.putAll(offering.titles());
        }
        if (titles.get("fi") == null || titles.get("fi").isBlank()) {
            titles.put("fi", offering.title());
        }
        Map<String, String> details = new HashMap<>();
        String summary = offering.summaries() == null ? null : offering.summaries().get("fi");
        put(details, Detail.DESCRIPTION, summary != null ? summary : offering.description());
        put(details, Detail.STARTS_AT, offering.startsAt());
        put(details, Detail.ENDS_AT, offering.endsAt());
        put(details, Detail.REGISTRATION_DEADLINE, offering.registrationDeadline());
        if (offering.delivery() != null) {
            put(details, Detail.PLACE, offering.delivery().place());
            put(details, Detail.ONLINE_URL, offering.delivery().onlineUrl());
        }
        details.put(Detail.OFFERING_ID, offering.offeringId());
        return new AlertEvent(eventId, topic, offering.offeringId(), occurredAt, Set.copyOf(offering.regions()),
                Set.copyOf(offering.competenceAreas()), Set.copyOf(offering.targetGroups()), offering.category(),
                offering.providerOrganisationId(), Set.of(), titles, details);
    }

    public void meetingScheduled(IncomingEvent<MeetingScheduledMessage> event) {
        MeetingScheduledMessage meeting = event.data();
        Map<String, String> details = new HashMap<>();
        details.put(Detail.STARTS_AT, meeting.startsAt().toString());
        put(details, Detail.ENDS_AT, meeting.endsAt());
        put(details, Detail.PLACE, meeting.place());
        put(details, Detail.ONLINE_URL, meeting.onlineUrl());
        if (meeting.themes() != null && !meeting.themes().isEmpty()) {
            details.put(Detail.DESCRIPTION, String.join(", ", meeting.themes()));
        }
        details.put(Detail.ECOSYSTEM_ID, meeting.ecosystemId());
        alerts.raise(new AlertEvent(event.id(), Topic.MEETING_SCHEDULED, meeting.meetingId(), event.time(),
                regionsOf(meeting.ecosystemId()), Set.of(), Set.of(), null,
                meeting.actedBy() == null ? null : meeting.actedBy().organisationId(), Set.of(),
                Map.of("fi", meeting.title()), details));
    }

    public void annualClockEntryDue(IncomingEvent<AnnualClockEntryDueMessage> event) {
        AnnualClockEntryDueMessage entry = event.data();
        Map<String, String> details = new HashMap<>();
        details.put(Detail.STARTS_ON, entry.startsOn().toString());
        put(details, Detail.ENDS_ON, entry.endsOn());
        put(details, Detail.DESCRIPTION, entry.description());
        details.put(Detail.ECOSYSTEM_ID, entry.ecosystemId());
        alerts.raise(new AlertEvent(event.id(), Topic.ANNUAL_CLOCK_REMINDER, entry.entryId(), event.time(),
                regionsOf(entry.ecosystemId()), Set.of(), Set.of(), null, null, Set.of(), entry.title(), details));
    }

    /** The ecosystem's regions, so that region filters work for governance alerts. */
    public void ecosystemChanged(IncomingEvent<EcosystemChangedMessage> event) {
        mongo.upsert(Query.query(Criteria.where("_id").is(event.data().ecosystemId())),
                new Update().set("regions", event.data().regions()), EcosystemRegions.class);
    }

    /** An ecosystem not heard of yet has no regions: only subscriptions without a region filter hear of it. */
    private Set<String> regionsOf(String ecosystemId) {
        EcosystemRegions ecosystem = mongo.findById(ecosystemId, EcosystemRegions.class);
        List<String> regions = ecosystem == null ? null : ecosystem.regions();
        return regions == null ? Set.of() : Set.copyOf(regions);
    }

    private static Set<String> concerned(String reporter, @Nullable List<String> endorsers) {
        Set<String> concerned = new LinkedHashSet<>();
        concerned.add(reporter);
        if (endorsers != null) {
            concerned.addAll(endorsers);
        }
        return concerned;
    }

    private static void put(Map<String, String> details, String key, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            details.put(key, value.toString());
        }
    }

}
