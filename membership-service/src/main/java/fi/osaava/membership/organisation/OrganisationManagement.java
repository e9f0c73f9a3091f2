package fi.osaava.membership.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.domain.ConflictException;
import fi.osaava.kit.domain.InvalidFieldException;
import fi.osaava.kit.domain.NotFoundException;
import fi.osaava.membership.ecosystem.EcosystemManagement;

/**
 * Organisations, their applications and participations, profiles and contact persons. Who may is
 * {@link OrganisationAccess}'s; what a request brings (a {@link Supplier}) is read only once the actor may, so an
 * outsider is refused (403, or 404 for another organisation's record) rather than told what the body lacks.
 */
@Service
public class OrganisationManagement {

    private static final Logger log = LoggerFactory.getLogger(OrganisationManagement.class);

    private final Organisations organisations;
    private final EcosystemManagement ecosystems;
    private final OrganisationAccess access;
    private final Clock clock;

    OrganisationManagement(Organisations organisations, EcosystemManagement ecosystems, OrganisationAccess access,
                           Clock clock) {
        this.organisations = organisations;
        this.ecosystems = ecosystems;
        this.access = access;
        this.clock = clock;
    }

    /** The unique index on the business id is the real guard; the look-up gives a clearer message. */
    public Organisation register(OrganisationProfile profile, ActedBy actedBy) {
        requireNew(profile);
        return organisations.insert(Organisation.register(profile, clock.instant(), actedBy));
    }

    /** Platform coordinator only: registered straight into an ecosystem, active there at once. */
    public Organisation register(OrganisationProfile profile, String ecosystemId, ActedBy actedBy) {
        if (!ecosystems.exists(ecosystemId)) {
            throw new InvalidFieldException("ecosystemId", "is not an ecosystem of this deployment");
        }
        requireNew(profile);
        return organisations.insert(Organisation.register(profile, ecosystemId, clock.instant(), actedBy));
    }

    private void requireNew(OrganisationProfile profile) {
        organisations.findByBusinessId(profile.businessId()).ifPresent(existing -> {
            throw new ConflictException("An organisation with business id " + profile.businessId()
                    + " is already registered: " + existing.id());
        });
    }

    /**
     * A public application. A business id that is registered already is that organisation applying to one
     * more ecosystem: it gets an APPLIED participation there, and nothing of its record changes (the caller
     * is anonymous). The caller learns nothing either way: the answer is the same whether the business id
     * was known, new, or already applying or taking part there. Only an unknown ecosystem is a 404.
     */
    public void apply(OrganisationProfile profile, Application application, ContactDetails contact) {
        ecosystems.get(application.ecosystemId());
        Outcome outcome = OptimisticRetry.run(() -> {
            Optional<Organisation> existing = organisations.findByBusinessId(profile.businessId());
            if (existing.isEmpty()) {
                Organisation applicant = organisations.insert(Organisation.apply(profile, application, contact,
                        clock.instant()));
                return new Outcome(applicant.id(), "new organisation");
            }
            Organisation organisation = existing.get();
            if (organisation.applyTo(application, clock.instant())) {
                organisations.save(organisation);
                return new Outcome(organisation.id(), "registered organisation");
            }
            return new Outcome(organisation.id(), "nothing to do: already applying or taking part");
        });
        log.info("Application to ecosystem {} by organisation {}: {}", application.ecosystemId(), outcome.organisationId(),
                outcome.what());
    }

    private record Outcome(String organisationId, String what) {
    }

    /** The ecosystem's coordinator: the organisations waiting for its decision, oldest first. */
    public List<Organisation> pendingApplications(String ecosystemId, Actor actor, Pageable page) {
        access.requireDecider(ecosystemId, actor);
        return organisations.findByParticipation(ecosystemId, ParticipationStatus.APPLIED.name(), page);
    }

    public Organisation approve(String ecosystemId, String organisationId, Supplier<ParticipationDecision> decision,
                                Actor actor) {
        access.requireDecider(ecosystemId, actor);
        ParticipationDecision approval = decision.get();
        return change(organisationId, o -> o.approve(ecosystemId, approval.ring(), approval.roles(), clock.instant(),
                actor.actedBy()));
    }

    public Organisation reject(String ecosystemId, String organisationId, Supplier<String> reason, Actor actor) {
        access.requireDecider(ecosystemId, actor);
        String why = reason.get();
        return change(organisationId, o -> o.reject(ecosystemId, why, clock.instant(), actor.actedBy()));
    }

    public Organisation suspend(String ecosystemId, String organisationId, Supplier<String> reason, Actor actor) {
        access.requireDecider(ecosystemId, actor);
        String why = reason.get();
        return change(organisationId, o -> o.suspend(ecosystemId, why, clock.instant(), actor.actedBy()));
    }

    public Organisation reinstate(String ecosystemId, String organisationId, Actor actor) {
        access.requireDecider(ecosystemId, actor);
        return change(organisationId, o -> o.reinstate(ecosystemId, clock.instant(), actor.actedBy()));
    }

    /** The organisation itself, or the ecosystem's coordinator; an unknown ecosystem is a 404. */
    public Organisation leave(String ecosystemId, String organisationId, Actor actor) {
        ecosystems.get(ecosystemId);
        access.requireMayLeave(ecosystemId, organisationId, actor);
        return change(organisationId, o -> o.leave(ecosystemId, clock.instant(), actor.actedBy()));
    }

    private Organisation change(String organisationId, Consumer<Organisation> transition) {
        return OptimisticRetry.run(() -> {
            Organisation organisation = get(organisationId);
            transition.accept(organisation);
            return organisations.save(organisation);
        });
    }

    /**
     * Organisations active in an ecosystem (any, when none is named), narrowed by type, their ring there,
     * region and competence area offered (with its narrower concepts), by name.
     */
    public List<Organisation> directory(DirectoryFilter filter, Pageable page) {
        return organisations.directory(filter, page);
    }

    public Organisation get(String id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    /** Every organisation (the coordinator's view) or only the active ones (everyone else's). */
    public List<Organisation> list(Optional<Actor> actor, Pageable page) {
        return access.readsEveryOrganisation(actor) ? organisations.findAllByOrderByNameAsc(page)
                : organisations.findByStatusOrderByNameAsc(MembershipStatus.ACTIVE, page);
    }

    /** Whether the actor reads the organisation's whole record and every contact person, not only the public card. */
    public boolean readsWhole(String organisationId, Optional<Actor> actor) {
        return access.readsWhole(organisationId, actor);
    }

    /** What each organisation of the directory shows the actor. */
    public Function<Organisation, DirectoryAudience> directoryAudience(Optional<Actor> actor,
                                                                      @Nullable String ecosystemId) {
        return access.directoryAudience(actor, ecosystemId);
    }

    /**
     * The organisation itself or the coordinator changes its profile, made on the revision {@code readRevision} it
     * read (an older one is a 409). Another organisation learns nothing (404).
     */
    public Organisation changeProfile(String organisationId, Supplier<ProfileEdit> editOfRequest, Actor actor) {
        access.requireManageable(organisationId, actor);
        ProfileEdit edit = editOfRequest.get();
        return OptimisticRetry.run(() -> {
            Organisation organisation = manageableBy(actor, organisationId);
            if (organisation.changeProfile(edit.change(), edit.readRevision(), clock.instant(), actor.actedBy())) {
                Organisation saved = organisations.save(organisation);
                log.info("Profile of organisation {} changed, now at revision {}", organisationId, saved.revision());
                return saved;
            }
            return organisation;
        });
    }

    /** Only the organisation itself or the coordinator; another organisation learns nothing (404). */
    public ContactPerson addContactPerson(String organisationId, ContactDetails details, Actor actor) {
        ContactPerson person = OptimisticRetry.run(() -> {
            Organisation organisation = manageableBy(actor, organisationId);
            ContactPerson added = organisation.addContactPerson(details, clock.instant(), actor.actedBy());
            organisations.save(organisation);
            return added;
        });
        // ids only: contact e-mail addresses never go to the logs, nor the actor (a person's subject is their address)
        log.info("Contact person {} added to organisation {}", person.id(), organisationId);
        return person;
    }

    /**
     * Erases a contact person from this service and, through the events, from the others. Erasing one
     * that is already erased changes nothing; an id that never was a contact here is a 404.
     */
    public ContactErasure eraseContactPerson(String organisationId, String contactPersonId, Actor actor) {
        ContactErasure outcome = OptimisticRetry.run(() -> {
            Organisation organisation = manageableBy(actor, organisationId);
            ContactErasure erasure = organisation.eraseContactPerson(contactPersonId, clock.instant(), actor.actedBy());
            if (erasure == ContactErasure.ERASED) {
                organisations.save(organisation);
            }
            return erasure;
        });
        switch (outcome) {
            case ERASED -> {
                log.info("Contact person {} of organisation {} erased", contactPersonId, organisationId);
            }
            case ALREADY_ERASED -> log.debug("Contact person {} of organisation {} was already erased",
                    contactPersonId, organisationId);
            case UNKNOWN -> throw new NotFoundException("Contact person", contactPersonId);
        }
        return outcome;
    }

    private Organisation manageableBy(Actor actor, String organisationId) {
        access.requireManageable(organisationId, actor);
        return get(organisationId);
    }
}
