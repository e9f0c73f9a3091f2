package fi.osaava.kit.testing.sample.a.internal;

public record Secret(String value) {
}
