package fi.osaava.portal.evaluation;

import java.util.Map;

/** catalogue-service's report per category, in its order (the four categories first, each also when empty). */
record CategoryReports(Map<String, Report> categories) {

    CategoryReports {
        categories = categories == null ? Map.of() : categories;
    }
}
