package fi.osaava.membership.organisation;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import fi.osaava.kit.event.ActedBy;
import fi.osaava.kit.web.ConflictException;
import fi.osaava.kit.web.NotFoundException;

@Service
public class OrganisationManagement {

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
}
