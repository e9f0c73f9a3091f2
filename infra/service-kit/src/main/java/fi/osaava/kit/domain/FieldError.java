package fi.osaava.kit.domain;

/** One entry of the {@code errors} list of a 400 problem: which field and what is wrong with it. */
public record FieldError(String field, String message) {
}
