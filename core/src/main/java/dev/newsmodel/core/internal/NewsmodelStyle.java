package dev.newsmodel.core.internal;

import dev.newsmodel.core.MissingValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: JDK collections only, strict builders, hidden
 * implementation classes, {@code withX} copies through generated {@code With*} interfaces.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    strictBuilder = true,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    typeWith = "With*",
    defaultAsDefault = false,
    allParameters = false,
    get = {"is*", "get*"},
    of = "create",
    instance = "instance",
    throwForInvalidImmutableState = MissingValueException.class,
    privateNoargConstructor = false,
    optionalAcceptNullable = false)
public @interface NewsmodelStyle {}
