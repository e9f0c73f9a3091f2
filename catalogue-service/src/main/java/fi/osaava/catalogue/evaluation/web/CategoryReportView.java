package fi.osaava.catalogue.evaluation.web;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fi.osaava.catalogue.evaluation.EvaluationReport;

/** The evaluation report of every category within the window (bounds of the offerings' start). */
record CategoryReportView(@Nullable Instant from, @Nullable Instant to, Map<String, EvaluationReport> categories) {
}
