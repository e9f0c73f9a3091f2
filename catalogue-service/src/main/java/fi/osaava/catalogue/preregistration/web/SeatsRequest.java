package fi.osaava.catalogue.preregistration.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of a pre-registration or a change: how many seats. The organisation is the token's. */
record SeatsRequest(@NotNull @Min(1) @Max(1000) @Nullable Integer seats) {
}
