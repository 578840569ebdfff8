package org.mmlock.checker.model;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * A parsed lock expression from an annotation: a root (a parameter, {@code this}, a static field,
 * the result, or the global context) followed by field selections and {@code .get()} of a
 * {@code Ref}. Resolved against a call's arguments, or against the declaring method's own
 * parameters on entry.
 */
public final class LockExpr {
  /** What the expression starts from. */
  public enum Root {
    /** A parameter, by index. */
    PARAM,
    /** The receiver. */
    THIS,
    /** A static field, named {@code Class.field}. */
    STATIC,
    /** The method's return value. */
    RESULT,
    /** No object: RCU and the walker lock are global. */
    GLOBAL
  }

  public final Root root;
  /** Parameter index for {@link Root#PARAM}. */
  public final int param;
  /** {@code Class.field} for {@link Root#STATIC}. */
  public final String staticName;
  /** Selections after the root: field names, or {@code get()}. */
  public final List<String> selectors;
  /** The source text, for messages. */
  public final String text;
  /** The static type of the whole expression, or null when unknown (result of a generic). */
  public final TypeMirror type;

  LockExpr(Root root, int param, String staticName, List<String> selectors, String text, TypeMirror type) {
    this.root = root;
    this.param = param;
    this.staticName = staticName;
    this.selectors = List.copyOf(selectors);
    this.text = text;
    this.type = type;
  }

  /** The global expression (RCU, walker lock). */
  static LockExpr global() {
    return new LockExpr(Root.GLOBAL, -1, null, List.of(), "", null);
  }

  private static final String API_PREFIX = Names.API_PACKAGE + ".";

  /** Whether the static type is the named {@code org.mmlock.mm} type. */
  public boolean isType(String simpleName) {
    return isMmType(type, simpleName);
  }

  /** Whether {@code t} is the {@code org.mmlock.mm} type of that name (type annotations ignored). */
  public static boolean isMmType(TypeMirror t, String simpleName) {
    String q = Names.qualified(t);
    return q != null && q.length() == API_PREFIX.length() + simpleName.length()
        && q.startsWith(API_PREFIX) && q.endsWith(simpleName);
  }

  /**
   * The path the root names, given the paths of the parameters, the receiver and the result
   * ({@code ""} for the global root; null when the needed path is unknown).
   */
  public String rootIn(java.util.List<String> params, String thisPath, String resultPath) {
    switch (root) {
      case GLOBAL:
        return "";
      case PARAM:
        return param < params.size() ? params.get(param) : null;
      case THIS:
        return thisPath;
      case STATIC:
        return staticName;
      default:
        return resultPath;
    }
  }

  /** Appends the selectors to a resolved root path. */
  public String extend(String rootPath) {
    StringBuilder sb = new StringBuilder(rootPath);
    for (String s : selectors) {
      sb.append('.').append(s);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}
