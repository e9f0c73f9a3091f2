package fi.osaava.catalogue.thesis;

import java.util.List;

import fi.osaava.catalogue.contact.ContactPerson;
import fi.osaava.catalogue.listing.HostedItem;

/** What an organisation writes about a thesis topic; who owns it and its status are not its to say. */
public record ThesisTopicDraft(String title, String description, StudyField field, List<DegreeLevel> degreeLevels,
                               List<String> competenceAreas, List<String> regions, String language,
                               ContactPerson contact) implements HostedItem.Draft {
}
