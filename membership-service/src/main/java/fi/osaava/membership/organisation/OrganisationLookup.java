package fi.osaava.membership.organisation;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** What the organisation feature lets the others read of the stored organisations. */
@Service
public class OrganisationLookup {

    private final Organisations organisations;

    OrganisationLookup(Organisations organisations) {
        this.organisations = organisations;
    }

    public Optional<Organisation> find(String organisationId) {
        return organisations.findById(organisationId);
    }

    public boolean exists(String organisationId) {
        return organisations.existsById(organisationId);
    }
}
