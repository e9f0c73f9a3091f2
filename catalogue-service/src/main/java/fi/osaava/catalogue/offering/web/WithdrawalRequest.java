package fi.osaava.catalogue.offering.web;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/offerings/{id}/withdraw}: why the offering is taken off the tray. */
record WithdrawalRequest(@NotBlank @Size(max = 1000) @Nullable String reason) {
}
