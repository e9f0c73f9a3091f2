package fi.osaava.portal.priorities;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.constraints.Pattern;

/**
 * The gap list's filters, a GET form: every view is a shareable address. The ecosystem is membership-service's;
 * needs-service knows regions, so an ecosystem narrows the list to its regions.
 */
public record GapFilter(@Pattern(regexp = "[A-Za-z0-9_-]{1,80}") @Nullable String ecosystem,
                        @Pattern(regexp = "[0-9]{2}") @Nullable String region,
                        @Pattern(regexp = "[a-z0-9-]{1,80}") @Nullable String competenceArea,
                        @Pattern(regexp = "NOW|WITHIN_A_YEAR|ONE_TO_THREE_YEARS|THREE_TO_FIVE_YEARS") @Nullable String horizon) {

    public static GapFilter none() {
        return new GapFilter(null, null, null, null);
    }

    /** The same filters on another desk address (the print view, back to the list). */
    public String on(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        add(url, "ecosystem", ecosystem);
        add(url, "region", region);
        add(url, "competenceArea", competenceArea);
        add(url, "horizon", horizon);
        return url.encode().build().toUriString();
    }

    public boolean isEmpty() {
        return ecosystem == null && region == null && competenceArea == null && horizon == null;
    }

    private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }
}
