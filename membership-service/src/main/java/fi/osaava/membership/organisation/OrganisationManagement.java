package fi.osaava.membership.organisation;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.event.OptimisticRetry;
import fi.osaava.kit.security.Actor;
import fi.osaava.kit.web.ConflictException;
import fi.osaava.kit.web.NotFoundException;

@Service
public class OrganisationManagement {

    private static final Logger log = LoggerFactory.getLogger(OrganisationManagement.class);

    private final Organisations organisations;
    private final Clock clock;

    OrganisationManagement(Organisations organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The unique index on the business id is the real guard; the look-up gives a clearer message. */
    public Organisation register(OrganisationProfile profile, ActedBy actedBy) {
        organisations.findByBusinessId(profile.businessId()).ifPresent(existing -> {
            throw new ConflictException("An organisation with business id " + profile.businessId()
                    + " is already registered: " + existing.id());
        });
        return organisations.insert(Organisation.register(profile, clock.instant(), actedBy));
    }

    public Organisation get(String id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    /** Every organisation (the coordinator's view) or only the active ones (everyone else's). */
    public List<Organisation> list(boolean activeOnly, Pageable page) {
        return activeOnly ? organisations.findByStatusOrderByNameAsc(MembershipStatus.ACTIVE, page)
                : organisations.findAllByOrderByNameAsc(page);
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
        if (!actor.isCoordinator() && !actor.actsFor(organisationId)) {
            throw new NotFoundException("Organisation", organisationId);
        }
        return get(organisationId);
    }
}
