package org.mmlock.checker.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mmlock.checker.flow.Held;
import org.mmlock.checker.flow.LockClass;
import org.mmlock.checker.flow.LockStore;
import org.mmlock.checker.flow.Mode;
import org.mmlock.checker.flow.PteState;
import org.mmlock.qual.LockKind;

/**
 * Renders locks and paths for messages, in the vocabulary of rules.md: {@code MMAP_R(mm)},
 * {@code VMA_W(vma)}, {@code I_MMAP_R(mapping)}, {@code PTL(ptl)}, {@code PMDL(pml)},
 * {@code MM_PTL(ptl)}, {@code RCU}, {@code MAPPED(pte)}. A lock held on some paths only, or
 * conditionally, is marked {@code ?}.
 */
public final class Describe {
  /**
   * {@code text} (a contract's expression, as written) in double quotes, with control characters
   * escaped as in Java source (a newline as backslash-n, others as a backslash-u escape), so a
   * diagnostic stays on its lines.
   */
  public static String quoted(String text) {
    return '"' + printable(text) + '"';
  }

  /** {@code text} with control characters escaped as in Java source (see {@link #quoted}). */
  public static String printable(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        b.append("\\n");
      } else if (ch == '\r') {
        b.append("\\r");
      } else if (ch == '\t') {
        b.append("\\t");
      } else if (Character.isISOControl(ch)) {
        b.append(String.format("\\u%04x", (int) ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private Describe() {}

  /** Everything held in {@code s}, as {@code {A, B?, …}}. */
  public static String held(LockStore s) {
    List<String> out = new ArrayList<>();
    for (Held h : s.locks()) {
      out.add(token(h, s) + (h.definite() ? "" : "?") + writeIf(h, s));
    }
    global(out, "RCU", s.rcuMin(), s.rcuMax());
    global(out, "WALKER", s.walkerMin(), s.walkerMax());
    for (Map.Entry<String, PteState> e : s.ptes().entrySet()) {
      PteState p = e.getValue();
      if (p.mayBeMapped()) {
        boolean sure = p.status == PteState.Status.MAPPED
            && s.nullness(e.getKey()) != org.mmlock.checker.flow.Nullness.MAYBE_NULL;
        out.add("MAPPED(" + path(e.getKey(), s) + ")" + (sure ? "" : "?"));
      }
    }
    return out.isEmpty() ? "{}" : "{" + String.join(", ", out) + "}";
  }

  /**
   * For a lock held for write where a boolean local says so: {@code " (W if write)"}; where
   * nothing says which paths: {@code " (W on some paths)"}.
   */
  static String writeIf(Held h, LockStore s) {
    if (h.writeIf == null) {
      return "";
    }
    if (Held.SOME_PATHS.equals(h.writeIf)) {
      return " (W on some paths)";
    }
    String x = path(h.writeIf.substring(2), s);
    return " (W if " + (h.writeIf.startsWith("t:") ? x : "!" + x) + ")";
  }

  private static void global(List<String> out, String name, int min, int max) {
    if (max > 0) {
      out.add(name + (min > 0 ? "" : "?"));
    }
  }

  /** One held lock. */
  public static String token(Held h, LockStore s) {
    return name(h.cls, h.mode, h.kind) + "(" + path(h.path, s) + ")";
  }

  /** A lock kind on a path, as a requirement. */
  /** Where a held lock came from: " (taken at line N)", or the contract that holds it on entry. */
  static String takenAt(Held h) {
    return h.line > 0 ? " (taken at line " + h.line + ")" : " (since entry: the method's contract)";
  }

  public static String need(LockKind k, String path, LockStore s) {
    LockClass c = LockClass.of(k);
    if (c == LockClass.RCU || c == LockClass.WALKER) {
      return c == LockClass.RCU ? "RCU" : "WALKER";
    }
    return name(c, LockClass.modeOf(k), k) + "(" + path(path, s) + ")";
  }

  static String name(LockClass c, Mode m, LockKind k) {
    String mode = m == Mode.WRITE ? "W" : m == Mode.DOWNGRADED ? "D" : "R";
    switch (c) {
      case MMAP:
        return "MMAP_" + mode;
      case VMA:
        return "VMA_" + mode;
      case I_MMAP:
        return "I_MMAP_" + mode;
      case ANON_VMA:
        return "ANON_VMA_" + mode;
      case HVMA:
        return "HVMA_" + mode;
      case SPIN:
        return k == LockKind.PMD_LOCK ? "PMDL" : k == LockKind.PAGE_TABLE_LOCK ? "MM_PTL" : "PTL";
      default:
        return c.name();
    }
  }

  /** A path as messages quote it ({@code 'pte'}); {@code ifNull} when there is no path. */
  public static String quoted(String p, String ifNull, LockStore s) {
    return "'" + (p == null ? ifNull : path(p, s)) + "'";
  }

  /**
   * A path as the user wrote it: a local that aliases it if there is one ({@code mm} for
   * {@code vma.vm_mm}); a local or parameter is its own name (not a copy made of it later).
   */
  public static String path(String p, LockStore s) {
    if (p == null) {
      return "?";
    }
    if (plainLocal(p)) {
      return p;
    }
    for (Map.Entry<String, String> e : s.aliases().entrySet()) {
      String k = e.getKey();
      if (e.getValue().equals(p) && k.indexOf('.') < 0 && k.indexOf('$') < 0 && k.indexOf('\'') < 0
          && k.indexOf('#') < 0) { // not a local the graph builder made (condExpr#num1)
        return k;
      }
    }
    int at = p.indexOf(org.mmlock.checker.flow.Entry.ON_ENTRY);
    if (at > 0) {
      // a reassigned parameter's value on entry: named by the parameter while it still names it
      int end = at + org.mmlock.checker.flow.Entry.ON_ENTRY.length();
      String param = p.substring(0, at);
      return param + (p.substring(0, end).equals(s.alias(param)) ? "" : " (on entry)") + p.substring(end);
    }
    return pretty(p);
  }

  private static boolean plainLocal(String p) {
    for (int i = 0; i < p.length(); i++) {
      if (!Character.isJavaIdentifierPart(p.charAt(i)) || p.charAt(i) == '$') {
        return false;
      }
    }
    return !p.isEmpty() && Character.isJavaIdentifierStart(p.charAt(0)) && !p.contains("#");
  }

  private static String pretty(String p) {
    if (p.startsWith("?")) {
      // an argument that is not an access path: named by the callee's parameter expression
      return "<the expression passed as " + p.substring(p.indexOf(':') + 1) + ">";
    }
    int dot = p.indexOf('.');
    String root = dot < 0 ? p : p.substring(0, dot);
    if (root.contains("#num")) {
      // a local the graph builder made: condExpr#num2 holds the value of a ?: expression
      return (root.startsWith("condExpr#") ? "<the value of a ?: expression>" : "<a temporary>")
          + (dot < 0 ? "" : p.substring(dot));
    }
    if (p.startsWith("$")) {
      // a call's result, a new object, an array element at a computed index: named by its
      // expression once the message is emitted (the Emitter knows the compilation unit)
      return ValueText.mark(root) + (dot < 0 ? "" : p.substring(dot));
    }
    if (p.endsWith(org.mmlock.checker.flow.Entry.PARAM_PTL)) {
      return "lock of " + p.substring(0, p.length() - org.mmlock.checker.flow.Entry.PARAM_PTL.length());
    }
    int prime = p.indexOf('\'');
    if (prime > 0) {
      return p.substring(0, prime) + " (earlier value)" + p.substring(prime + 1);
    }
    return p.startsWith("Kernel.") ? p.substring("Kernel.".length()) : p;
  }

  /**
   * Where an exit rule's state was found, for its message: " at this return" at a return
   * statement (or an expression lambda's body); " where it returns" at a method's or lambda's
   * name, which stands for the end of a {@code void} body or for the returns that leave through
   * one {@code finally} block together.
   */
  static String here(com.sun.source.tree.Tree at) {
    com.sun.source.tree.Tree.Kind k = at == null ? null : at.getKind();
    return k == com.sun.source.tree.Tree.Kind.METHOD || k == com.sun.source.tree.Tree.Kind.LAMBDA_EXPRESSION
        || k == null ? " where it returns" : " at this return";
  }
}
