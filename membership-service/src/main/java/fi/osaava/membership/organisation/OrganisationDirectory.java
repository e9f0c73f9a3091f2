package fi.osaava.membership.organisation;

import java.util.List;

import org.springframework.data.domain.Pageable;

/** The member directory's query, a fragment of {@link Organisations}. */
public interface OrganisationDirectory {

    List<Organisation> directory(DirectoryFilter filter, Pageable page);
}
