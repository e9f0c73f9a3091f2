package fi.osaava.catalogue.evaluation.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.evaluation.EvaluationReport;

/** A provider's evaluation report within the window (bounds of the offerings' start). */
record ProviderReportView(String organisationId, @Nullable Instant from, @Nullable Instant to,
                          long offeringsPublished, long preRegistrations, long seatsUsed, long ratings,
                          @Nullable Double averageRating, List<EvaluationReport.Comment> comments) {

    static ProviderReportView of(String organisationId, @Nullable Instant from, @Nullable Instant to,
                                 EvaluationReport report) {
        return new ProviderReportView(organisationId, from, to, report.offeringsPublished(), report.preRegistrations(),
                report.seatsUsed(), report.ratings(), report.averageRating(), report.comments());
    }
}
