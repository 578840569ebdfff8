package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code MmStruct} (or a page-table pointer): known to be a user mm, not {@code init_mm}.
 * An mm that is neither annotated nor tested is treated as a user mm where that is stricter.
 *
 * <pre>{@code
 * static void dump(@UserMm MmStruct mm) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface UserMm {
}
