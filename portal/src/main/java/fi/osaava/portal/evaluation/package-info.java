/**
 * The coordinator's desk, evaluation ({@code /desk/evaluation}): catalogue-service's evaluation reports per offering
 * category and per education provider of an ecosystem (offerings, pre-registrations, seats used, ratings) as data
 * tables, over an optional window of the offerings' start days.
 */
@NullMarked
package fi.osaava.portal.evaluation;

import org.jspecify.annotations.NullMarked;
