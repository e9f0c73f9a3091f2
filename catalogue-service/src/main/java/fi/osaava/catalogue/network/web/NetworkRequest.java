package fi.osaava.catalogue.network.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.network.NetworkDraft;
import fi.osaava.catalogue.network.NetworkKind;
import fi.osaava.catalogue.contact.ContactRequest;
import fi.osaava.kit.reference.CompetenceAreaCode;
import fi.osaava.kit.reference.RegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/networks} and {@code PUT /api/networks/{id}}; the host is the token's organisation. */
record NetworkRequest(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Nullable NetworkKind kind,
        @NotBlank @Size(max = 10000) @Nullable String description,
        @NotBlank @Size(max = 2000) @Nullable String howToJoin,
        @NotEmpty @Size(max = 20) @Nullable List<@NotNull @CompetenceAreaCode String> competenceAreas,
        @NotEmpty @Size(max = 21) @Nullable List<@NotNull @RegionCode String> regions,
        @NotNull @Pattern(regexp = "fi|sv|en", message = "must be fi, sv or en") @Nullable String language,
        @NotNull @Valid @Nullable ContactRequest contact) {

    @SuppressWarnings("NullAway")
    NetworkDraft toDraft() {
        return new NetworkDraft(name.strip(), kind, description.strip(), howToJoin.strip(),
                competenceAreas.stream().distinct().toList(), regions.stream().distinct().toList(), language,
                contact.toContact());
    }
}
