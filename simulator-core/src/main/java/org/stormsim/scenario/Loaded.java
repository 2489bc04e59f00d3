package org.stormsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component the loader fills from another file the scenario names (a replay trace), never
 * written in the scenario itself: the binder leaves it null, the schema, the parameter table and
 * {@code explain} leave it out, and the loader sets it once the scenario is bound.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Loaded {
}
