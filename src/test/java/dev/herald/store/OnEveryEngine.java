package dev.herald.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a {@link StoreTestBase} test class once per {@link Engine} — embedded H2 and a real PostgreSQL
 * (started once per run by {@link EmbeddedPostgresExtension}) — each test on a fresh database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
@ExtendWith(EmbeddedPostgresExtension.class)
@interface OnEveryEngine {}
