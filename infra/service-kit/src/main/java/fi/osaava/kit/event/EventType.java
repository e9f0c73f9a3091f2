package fi.osaava.kit.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CloudEvents type of a domain event record ({@code ce_type}, e.g.
 * {@code fi.osaava.needs.competence-need.published.v1}). An aggregate raises the typed record; the type travels
 * with the record's class, so no call site passes it beside the record.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();
}
