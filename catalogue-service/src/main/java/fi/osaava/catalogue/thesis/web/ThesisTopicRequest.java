package fi.osaava.catalogue.thesis.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.contact.ContactRequest;
import fi.osaava.catalogue.thesis.DegreeLevel;
import fi.osaava.catalogue.thesis.StudyField;
import fi.osaava.catalogue.thesis.ThesisTopicDraft;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/thesis-topics} and {@code PUT /api/thesis-topics/{id}}. The owning
 * organisation (the token's) and the status are not the body's to set; such fields are ignored.
 */
record ThesisTopicRequest(
        @NotBlank @Size(max = 200) @Nullable String title,
        @NotBlank @Size(max = 10000) @Nullable String description,
        @NotNull @Nullable StudyField field,
        @NotEmpty @Size(max = 6) @Nullable List<@NotNull DegreeLevel> degreeLevels,
        @Size(max = 20) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreas,
        @NotEmpty @Size(max = 21) @Nullable List<@NotNull @RegionCode String> regions,
        @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Nullable String language,
        @NotNull @Valid @Nullable ContactRequest contact) {

    @SuppressWarnings("NullAway")
    ThesisTopicDraft toDraft() {
        return new ThesisTopicDraft(title.strip(), description.strip(), field, degreeLevels.stream().distinct().toList(),
                competenceAreas == null ? List.of() : competenceAreas.stream().distinct().toList(),
                regions.stream().distinct().toList(), language, contact.toContact());
    }
}
