package org.stormsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole numbers a numeric scenario field accepts, from {@code min} to {@code max} inclusive.
 * The binder checks it as it reads the field, so an out-of-range value is reported together with
 * every other problem of the file, even when its record cannot be built.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Range {
    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    /** What one unit of the field is, for the message ("servers" gives "a whole number of servers of at least 1"). */
    String unit() default "";
}
