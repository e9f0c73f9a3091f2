package fi.osaava.kit.web;

import fi.osaava.kit.domain.FieldError;

import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns a body the JSON reader refused into the field it is about and what that field must be, so a
 * client sees {@code title: must be text} rather than a parser's message. Anything else (broken
 * syntax, an empty body) has no field and stays a plain "unreadable" problem.
 */
final class RequestBodyErrors {

    private RequestBodyErrors() {
    }

    static Optional<FieldError> fieldError(Throwable ex) {
        JacksonException json = jacksonCause(ex);
        if (json == null) {
            return Optional.empty();
        }
        if (json instanceof StreamReadException && isDuplicate(json)) {
            return Optional.of(new FieldError(duplicatePath(json), "is given more than once; give it once"));
        }
        String field = path(json.getPath());
        if (field.isEmpty() || !(json instanceof MismatchedInputException mismatch)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, "must be " + expected(mismatch)));
    }

    private static @Nullable JacksonException jacksonCause(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
        }
        return null;
    }

    private static boolean isDuplicate(JacksonException ex) {
        String message = ex.getOriginalMessage();
        return message != null && message.startsWith("Duplicate ");
    }

    /** The parser stands on the repeated name when it notices it: its context is the field's path. */
    private static String duplicatePath(JacksonException ex) {
        if (ex.processor() instanceof JsonParser parser && parser.streamReadContext() != null) {
            String pointer = parser.streamReadContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return fromPointer(pointer);
            }
        }
        String message = String.valueOf(ex.getOriginalMessage());
        int open = message.indexOf('\'');
        int close = message.indexOf('\'', open + 1);
        return open >= 0 && close > open ? message.substring(open + 1, close) : "";
    }

    private static String fromPointer(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }

    /** {@code sessions[0].start}: the same form Bean Validation's field errors take. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String expected(MismatchedInputException ex) {
        Class<?> type = ex.getTargetType();
        if (type == null) {
            return "of another JSON type";
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return "one of " + values + (ex instanceof InvalidFormatException bad && bad.getValue() != null
                    ? " (not \"" + bad.getValue() + "\")" : "");
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text (a JSON string)";
        }
        if (type == java.time.LocalDate.class) {
            return "a date as text, YYYY-MM-DD";
        }
        if (type == java.time.LocalTime.class) {
            return "a time of day as text, HH:MM";
        }
        if (Temporal.class.isAssignableFrom(type) || type == java.util.Date.class) {
            return "a date and time as text in ISO 8601, e.g. 2027-01-31T09:00:00Z";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list (a JSON array)";
        }
        return "an object";
    }
}
