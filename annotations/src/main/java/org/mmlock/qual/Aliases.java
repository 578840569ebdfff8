package org.mmlock.qual;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model: after the call, the access path {@code path} names the same object as {@code to}. On
 * {@code find_vma(mm, addr)}: {@code @Aliases(path = "result.vm_mm", to = "mm")}, so that a
 * lock of the returned VMA stabilises {@code mm} and the mmap lock of {@code mm} stabilises the
 * VMA. On a method or constructor with a body, the checker holds the body to it at each
 * return ({@code contract.postcondition}); a returned {@code null} has no fields to alias.
 *
 * <p>It is an equality: {@code @Aliases(path = "mm", to = "result")} means the same as
 * {@code @Aliases(path = "result", to = "mm")}. After a call, the side rooted at {@code result}
 * (or at a constructor's {@code this}) is known by the other side's name, whichever attribute
 * holds it. Between two of the caller's paths, the one with fields ({@code vma.vm_mm}, not a bare
 * parameter, which is the caller's own local) takes the other's name, as if the method had
 * stored it there: a lock the caller took through that path before the call is then not found
 * through it. (Between two bare parameters, {@code path} takes the name of {@code to}.)
 *
 * <pre>{@code
 * @Aliases(path = "result.vm_mm", to = "mm")
 * @RequiresMmapRead("mm")
 * static VmAreaStruct my_find(MmStruct mm, long addr) { return find_vma(mm, addr); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
@java.lang.annotation.Repeatable(Aliases.List.class)
public @interface Aliases {
  /** One of the two paths, usually rooted at {@code result}. */
  String path();

  /** The other path. */
  String to();

  /** Container for repeated {@code @Aliases}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
  @interface List {
    /** The repeated annotations. */
    Aliases[] value();
  }
}
