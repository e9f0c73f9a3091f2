package fi.osaava.portal.foresight;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.validation.constraints.Pattern;

/**
 * What the foresight reports are narrowed to, as needs-service takes it: a region (both reports), a horizon (the
 * demand; the trend counts by publication), the level of the vocabulary (each need's own areas, or their top
 * concepts). A GET form: every view is a shareable address, and the CSV links carry the same.
 */
public record ForesightFilter(@Pattern(regexp = "[0-9]{2}") @Nullable String region,
                              @Pattern(regexp = "NOW|WITHIN_A_YEAR|ONE_TO_THREE_YEARS|THREE_TO_FIVE_YEARS") @Nullable String horizon,
                              @Pattern(regexp = "concept|top") @Nullable String level) {

    String levelOrDefault() {
        return level == null ? "concept" : level;
    }

    UriComponentsBuilder demand(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).queryParam("level", levelOrDefault());
        add(url, "region", region);
        add(url, "horizon", horizon);
        return url;
    }

    UriComponentsBuilder trend(String path) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path).queryParam("level", levelOrDefault());
        add(url, "region", region);
        return url;
    }

    /** A CSV link of the page: the same filters, the file's delimiter. */
    String csv(String report, String delimiter) {
        UriComponentsBuilder url = report.equals("demand") ? demand("/desk/foresight/demand.csv")
                : trend("/desk/foresight/trend.csv");
        if (!delimiter.equals("comma")) {
            url.queryParam("delimiter", delimiter);
        }
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }
}
