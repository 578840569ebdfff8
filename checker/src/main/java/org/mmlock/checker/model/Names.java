package org.mmlock.checker.model;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.Name;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Names as strings, decoded once. javac keeps a name as UTF-8 bytes and decodes it on every
 * {@code toString()} and {@code contentEquals()}; the checker asks for the same few names (locals,
 * API types, annotation types) at every node, so it keeps the strings. A name is unique within
 * its compilation's name table, so the strings are kept by identity, per thread, for the table of
 * the compilation running on it: a name from another table starts afresh, and {@link #forget}
 * lets a finished compilation's names go.
 */
public final class Names {
  /** The strings of one name table's names. */
  private static final class Strings {
    final Object table;
    final Map<Name, String> of = new IdentityHashMap<>(512);

    Strings(Object table) {
      this.table = table;
    }
  }

  private static final ThreadLocal<Strings> STRINGS = new ThreadLocal<>();

  /** The simulated kernel API's package. */
  public static final String API_PACKAGE = "org.mmlock.mm";

  private Names() {}

  /** Whether {@code e} (a type, or a member of one) belongs to the API package. */
  public static boolean inApi(Element e) {
    return API_PACKAGE.equals(packageOf(e));
  }

  /**
   * Whether {@code m} is API method {@code type.name} taking {@code params} parameters: the few
   * the checker knows by name rather than by contract ({@code Ref.get}, {@code Ref.set}, a Java
   * store and load; {@code Pgtable.pte_none}, a pure value test).
   */
  public static boolean isApiMethod(javax.lang.model.element.ExecutableElement m, String type,
      String name, int params) {
    return m != null && m.getParameters().size() == params && m.getSimpleName().contentEquals(name)
        && LockExpr.isMmType(m.getEnclosingElement().asType(), type);
  }

  /**
   * Whether {@code e} (a type, or a member of one) belongs to the JDK's {@code java.*} packages,
   * which cannot carry mmlock's annotations.
   */
  public static boolean inJdk(Element e) {
    String p = packageOf(e);
    return p != null && p.startsWith("java.");
  }

  /** The qualified name of the package {@code e} is in, or null. */
  private static String packageOf(Element e) {
    while (e != null && !(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e == null ? null : qualified(e);
  }

  /** The string of a name. */
  public static String of(Name n) {
    Object table = n instanceof com.sun.tools.javac.util.Name ? ((com.sun.tools.javac.util.Name) n).table : null;
    Strings strings = STRINGS.get();
    if (strings == null || strings.table != table) {
      strings = new Strings(table);
      STRINGS.set(strings);
    }
    String s = strings.of.get(n);
    if (s == null) {
      s = n.toString();
      strings.of.put(n, s);
    }
    return s;
  }

  /** Lets the names of the compilation that ran on this thread go. */
  public static void forget() {
    STRINGS.remove();
  }

  /** The qualified name of a type, package or module element; the simple name otherwise. */
  public static String qualified(Element e) {
    if (e instanceof TypeElement) {
      return of(((TypeElement) e).getQualifiedName());
    }
    if (e instanceof PackageElement) {
      return of(((PackageElement) e).getQualifiedName());
    }
    return of(e.getSimpleName());
  }

  /** The qualified name of a declared type's element, or null for other types. */
  public static String qualified(TypeMirror t) {
    return t instanceof DeclaredType ? qualified(((DeclaredType) t).asElement()) : null;
  }

  /**
   * A method's name with parentheses, for messages: {@code find_vma()}; a constructor by its
   * class, {@code Guard()} (javac names it {@code <init>}).
   */
  public static String display(javax.lang.model.element.ExecutableElement m) {
    return (m.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR
        ? m.getEnclosingElement().getSimpleName() : m.getSimpleName()) + "()";
  }
}
