package org.stormsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a scenario field takes when the file omits it, written as it would be in the file,
 * with the tag of its source: F fact, S seed minutes, I inference, A assumption (see docs/model.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Default {
    String value();

    String source() default "A";
}
