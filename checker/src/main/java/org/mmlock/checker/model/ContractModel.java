package org.mmlock.checker.model;

import com.sun.tools.javac.code.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.PteMapKind;

/**
 * Reads method contracts from mmlock's annotations, once per method. The API and users' helpers
 * go through the same code, so a helper annotated like an API function is treated exactly like
 * it.
 */
public final class ContractModel {
  static final String QUAL = "org.mmlock.qual.";

  private final ExprParser parser;
  private final Map<ExecutableElement, MethodContract> cache = new IdentityHashMap<>();
  /** Default values of each mmlock annotation type's elements, by element name. */
  private final Map<javax.lang.model.element.Element, Map<String, AnnotationValue>> defaults = new HashMap<>();

  public ContractModel(Elements elements) {
    this.parser = new ExprParser(elements);
  }

  /** The contract of {@code m}; {@link MethodContract#EMPTY} when it has no mmlock annotation. */
  public MethodContract contractOf(ExecutableElement m) {
    MethodContract c = cache.get(m);
    if (c == null) {
      c = read(m);
      cache.put(m, c);
    }
    return c;
  }

  private MethodContract read(ExecutableElement m) {
    boolean typeAtomic = m.getKind() == javax.lang.model.element.ElementKind.METHOD
        && atomicType(m.getEnclosingElement());
    if (!typeAtomic && m instanceof Symbol.MethodSymbol && unannotated((Symbol.MethodSymbol) m)) {
      return MethodContract.EMPTY;
    }
    List<ParamFacts> params = readParams(m);
    boolean any = !params.isEmpty() || typeAtomic;
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      if (name(a).startsWith(QUAL)) {
        any = true;
        break;
      }
    }
    return any ? new Reader(m, params, typeAtomic).read() : MethodContract.EMPTY;
  }

  /**
   * Nothing visible: spaces, the Unicode ones included (an em space is no reason), control
   * characters ({@code \u0000}) and invisible format characters (a zero-width space, a byte
   * order mark).
   */
  private static boolean blank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
          && type != Character.FORMAT) {
        return false;
      }
    }
    return true;
  }

  /** Whether a type is declared {@code @AtomicContext}: each of its methods runs in atomic context. */
  private static boolean atomicType(javax.lang.model.element.Element type) {
    if (type instanceof Symbol && ((Symbol) type).getRawAttributes().isEmpty()) {
      return false;
    }
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (name(a).equals(QUAL + "AtomicContext")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The common case, decided without building anything: no annotation on the method or on its
   * parameters, or a method of the JDK (which cannot carry mmlock's annotations; its parameters
   * are not even looked at, as javac would make symbols for those of a class-file method).
   */
  private static boolean unannotated(Symbol.MethodSymbol m) {
    if (!m.getRawAttributes().isEmpty()) {
      return false;
    }
    if (Names.inJdk(m)) {
      return true;
    }
    for (Symbol.VarSymbol p : m.params()) {
      if (!p.getRawAttributes().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static List<ParamFacts> readParams(ExecutableElement m) {
    List<ParamFacts> out = new ArrayList<>();
    boolean any = false;
    for (VariableElement p : m.getParameters()) {
      boolean locked = false, mapped = false, kernel = false, user = false, shared = false, priv = false;
      for (AnnotationMirror a : p.getAnnotationMirrors()) {
        switch (name(a)) {
          case QUAL + "PteLocked": locked = true; break;
          case QUAL + "PteMapped": mapped = true; break;
          case QUAL + "KernelMm": kernel = true; break;
          case QUAL + "UserMm": user = true; break;
          case QUAL + "SharedMapping": shared = true; break;
          case QUAL + "PrivateMapping": priv = true; break;
          default: break;
        }
      }
      ParamFacts f = new ParamFacts(locked, mapped, kernel, user, shared, priv);
      any |= !f.isEmpty();
      out.add(f);
    }
    return any ? out : List.of();
  }

  static String name(AnnotationMirror a) {
    return Names.qualified(a.getAnnotationType().asElement());
  }

  /** Reads one method's annotations; collects problems instead of failing. */
  private final class Reader {
    private final ExecutableElement m;
    private final List<ParamFacts> params;
    private final List<Requirement> reqs = new ArrayList<>();
    private final List<Effect> effects = new ArrayList<>();
    private final List<MethodContract.Alias> aliases = new ArrayList<>();
    private final List<MethodContract.Assumption> assumptions = new ArrayList<>();
    private final List<MethodContract.Problem> problems = new ArrayList<>();
    private boolean sleep, atomic, mayNull, notChecked;
    private PteMapKind maps;
    private LockExpr mapMm, mapPmd, mapPtl, mapPmdval, unmaps, accesses, writeMm, stepFrom,
        kernelOnly, readsPmd, readsPte;
    private boolean write, revalidates;
    private boolean hugetlbWalk, raw;
    private LockExpr hugeVma, hugeMm, hugePteLock, walkMm, walkVma, walkOps;
    private org.mmlock.qual.WalkKind pageWalk;

    Reader(ExecutableElement m, List<ParamFacts> params, boolean atomic) {
      this.m = m;
      this.params = params;
      this.atomic = atomic;
    }

    MethodContract read() {
      for (AnnotationMirror a : m.getAnnotationMirrors()) {
        String n = name(a);
        if (n.startsWith(QUAL)) {
          one(n.substring(QUAL.length()), a);
        }
      }
      PteModel pte = new PteModel(maps, mapMm, mapPmd, mapPtl, mapPmdval, unmaps, accesses, write,
          writeMm, stepFrom, kernelOnly, readsPmd, readsPte, revalidates);
      WalkModel walk = new WalkModel(hugetlbWalk, hugeVma, hugeMm, raw, hugePteLock, pageWalk,
          walkMm, walkVma, walkOps);
      return new MethodContract(List.copyOf(reqs), List.copyOf(effects), sleep, atomic, mayNull,
          pte.isEmpty() ? null : pte, walk.isEmpty() ? null : walk, List.copyOf(aliases), List.copyOf(assumptions), params,
          notChecked, List.copyOf(problems));
    }

    private void one(String simple, AnnotationMirror a) {
      switch (simple) {
        case "RequiresMmapRead": lock(a, LockKind.MMAP_READ, "value", ""); break;
        case "RequiresMmapWrite": lock(a, LockKind.MMAP_WRITE, "value", ""); break;
        case "RequiresVmaLock": lock(a, LockKind.VMA_READ, "value", ""); break;
        case "RequiresHugetlbVmaLock": lock(a, LockKind.HUGETLB_VMA_READ, "value", ""); break;
        case "RequiresIMmap":
          lock(a, bool(a, "write") ? LockKind.I_MMAP_WRITE : LockKind.I_MMAP_READ, "value", "");
          break;
        case "RequiresRcu": global(LockKind.RCU, "@RequiresRcu"); break;
        case "RequiresWalkerLock": global(LockKind.HUGETLB_WALKER, "@RequiresWalkerLock"); break;
        case "RequiresVmaStable": stable(a); break;
        case "Requires": lock(a, kind(a), "on", rule(a, "@Requires")); break;
        case "Requires.List": each(a); break;
        case "RequiresAny": any(a); break;
        case "RequiresAny.List": each(a); break;
        case "Acquires": effect(a, Effect.Op.ACQUIRE, Effect.When.ALWAYS); break;
        case "Acquires.List": each(a); break;
        case "Releases": effect(a, Effect.Op.RELEASE, Effect.When.ALWAYS); break;
        case "Releases.List": each(a); break;
        case "Downgrades": effect(a, Effect.Op.DOWNGRADE, Effect.When.ALWAYS); break;
        case "AcquiresIf":
          effect(a, Effect.Op.ACQUIRE, bool(a, "result") ? Effect.When.IF_TRUE : Effect.When.IF_FALSE);
          break;
        case "AcquiresIfNonNull": effect(a, Effect.Op.ACQUIRE, Effect.When.IF_NONNULL); break;
        case "MightSleep": sleep = true; break;
        case "AtomicContext": atomic = true; break;
        case "MayReturnNull": mayNull = true; break;
        case "AssumeHeld": assume(a); break;
        case "AssumeHeld.List": each(a); break;
        case "NotChecked": notChecked = true; justified(a, "@NotChecked"); break;
        case "Aliases": alias(a); break;
        case "Aliases.List": each(a); break;
        case "MapsPte": mapsPte(a); break;
        case "UnmapsPte": unmaps = expr(a, "value", "@UnmapsPte", false); break;
        case "AccessesPte":
          accesses = expr(a, "value", "@AccessesPte", false);
          write = bool(a, "write");
          writeMm = optional(a, "mm", "@AccessesPte");
          break;
        case "PageTableStep": stepFrom = expr(a, "from", "@PageTableStep", false); break;
        case "KernelTablesOnly": kernelOnly = expr(a, "value", "@KernelTablesOnly", false); break;
        case "ReadsPmd": readsPmd = expr(a, "value", "@ReadsPmd", false); break;
        case "ReadsPte": readsPte = expr(a, "value", "@ReadsPte", false); break;
        case "Revalidates": revalidates = true; break;
        case "HugetlbWalk":
          hugetlbWalk = true;
          hugeVma = optional(a, "vma", "@HugetlbWalk");
          hugeMm = optional(a, "mm", "@HugetlbWalk");
          raw = bool(a, "raw");
          break;
        case "HugePteLock": hugePteLock = expr(a, "value", "@HugePteLock", false); break;
        case "PageWalk":
          pageWalk = org.mmlock.qual.WalkKind.valueOf(enumName(a, "kind"));
          walkMm = optional(a, "mm", "@PageWalk");
          walkVma = optional(a, "vma", "@PageWalk");
          walkOps = optional(a, "ops", "@PageWalk");
          break;
        default: break;
      }
    }

    /** The annotations of a repeated annotation's container, each read as if written alone. */
    private void each(AnnotationMirror container) {
      for (AnnotationValue v : list(container, "value")) {
        AnnotationMirror x = (AnnotationMirror) v.getValue();
        one(name(x).substring(QUAL.length()), x);
      }
    }

    private void lock(AnnotationMirror a, LockKind kind, String attr, String rule) {
      String ann = "@" + simpleName(a);
      LockExpr e = expr(a, attr, ann, isGlobal(kind));
      if (e != null) {
        reqs.add(new Requirement(List.of(new Requirement.Alt(kind, e)),
            rule.isEmpty() ? Requirement.keyOf(kind) : rule, ann));
      }
    }

    private void global(LockKind kind, String ann) {
      reqs.add(new Requirement(List.of(new Requirement.Alt(kind, LockExpr.global())),
          Requirement.keyOf(kind), ann));
    }

    private void stable(AnnotationMirror a) {
      LockExpr e = expr(a, "value", "@RequiresVmaStable", false);
      if (e != null) {
        reqs.add(new Requirement(List.of(new Requirement.Alt(null, e)), "vma.unstable",
            "@RequiresVmaStable"));
      }
    }

    private void any(AnnotationMirror a) {
      List<Requirement.Alt> alts = new ArrayList<>();
      for (AnnotationValue v : list(a, "value")) {
        AnnotationMirror r = (AnnotationMirror) v.getValue();
        LockKind k = kind(r);
        LockExpr e = expr(r, "on", "@RequiresAny", isGlobal(k));
        if (e == null) {
          return;
        }
        alts.add(new Requirement.Alt(k, e));
      }
      if (!alts.isEmpty()) {
        String rule = rule(a, "@RequiresAny");
        reqs.add(new Requirement(alts, rule.isEmpty() ? Requirement.keyOf(alts.get(0).kind) : rule,
            "@RequiresAny"));
      }
    }

    private void effect(AnnotationMirror a, Effect.Op op, Effect.When when) {
      LockKind k = kind(a);
      LockExpr e = expr(a, "on", "@" + simpleName(a), isGlobal(k));
      if (e != null) {
        effects.add(new Effect(op, when, k, e));
      }
    }

    private void assume(AnnotationMirror a) {
      LockKind k = kind(a);
      LockExpr e = expr(a, "on", "@AssumeHeld", isGlobal(k));
      justified(a, "@AssumeHeld");
      if (e != null) {
        assumptions.add(new MethodContract.Assumption(k, e));
      }
    }

    private void justified(AnnotationMirror a, String ann) {
      if (blank(str(a, "why"))) {
        problems.add(new MethodContract.Problem("contract.unjustified", ann, "", "why is empty"));
      }
    }

    /**
     * {@code @Aliases(path, to)}: an equality, so either spelling means the same. The side that
     * names what the call makes ({@link #made}) is kept as {@code path}: at a call it is the new
     * name made to stand for the other side. Redirecting a caller's path ({@code mm}) to the
     * result instead would leave the locks held under {@code mm} apart from the name {@code mm}
     * now stands for. Between two of the caller's paths, a bare parameter ({@code mm}) is the
     * caller's own local, which no callee can change: the side with fields ({@code vma.vm_mm})
     * is the one kept as {@code path}.
     */
    private void alias(AnnotationMirror a) {
      LockExpr p = expr(a, "path", "@Aliases", false);
      LockExpr t = expr(a, "to", "@Aliases", false);
      if (p != null && t != null) {
        boolean swap = made(t) ? !made(p) : !made(p) && bareParam(p) && !bareParam(t);
        aliases.add(swap ? new MethodContract.Alias(t, p) : new MethodContract.Alias(p, t));
      }
    }

    private static boolean bareParam(LockExpr e) {
      return e.root == LockExpr.Root.PARAM && e.selectors.isEmpty();
    }

    /** Whether {@code e} is rooted at what the call makes: its result, or a constructor's new object. */
    private boolean made(LockExpr e) {
      return e.root == LockExpr.Root.RESULT
          || (e.root == LockExpr.Root.THIS && m.getKind() == javax.lang.model.element.ElementKind.CONSTRUCTOR);
    }

    private void mapsPte(AnnotationMirror a) {
      maps = PteMapKind.valueOf(enumName(a, "kind"));
      mapMm = optional(a, "mm", "@MapsPte");
      mapPmd = optional(a, "pmd", "@MapsPte");
      mapPtl = optional(a, "ptl", "@MapsPte");
      mapPmdval = optional(a, "pmdval", "@MapsPte");
    }

    private LockExpr optional(AnnotationMirror a, String attr, String ann) {
      return str(a, attr).isEmpty() ? null : expr(a, attr, ann, false);
    }

    private LockExpr expr(AnnotationMirror a, String attr, String ann, boolean globalAllowed) {
      String text = str(a, attr);
      try {
        return parser.parse(text, m, globalAllowed);
      } catch (ExprParser.Invalid e) {
        problems.add(new MethodContract.Problem("contract.expression.invalid", ann, text,
            e.getMessage()));
        return null;
      }
    }

    /**
     * The {@code rule} attribute: a rule key, or empty for the kind's own key. A value that is not
     * a rule key is a problem (and the kind's key is used): it would be reported as a bare word.
     */
    private String rule(AnnotationMirror a, String ann) {
      String rule = str(a, "rule");
      if (!rule.isEmpty() && (rule.equals("internal.error")
          || org.mmlock.checker.rules.Emitter.textOf(rule) == null)) {
        problems.add(new MethodContract.Problem("contract.expression.invalid", ann, rule,
            (rule.equals("internal.error") ? "the key of the checker's own failures"
                : "not a rule key of rules.md") + " (leave rule empty for the key of the lock's kind)", true));
        return "";
      }
      return rule;
    }

    private LockKind kind(AnnotationMirror a) {
      return LockKind.valueOf(enumName(a, "kind"));
    }
  }

  private static boolean isGlobal(LockKind k) {
    return k == LockKind.RCU || k == LockKind.HUGETLB_WALKER;
  }

  private static String simpleName(AnnotationMirror a) {
    return Names.of(a.getAnnotationType().asElement().getSimpleName());
  }

  /** The value of an annotation element, given or else its default. */
  private AnnotationValue value(AnnotationMirror a, String attr) {
    if (a instanceof com.sun.tools.javac.code.Attribute.Compound) {
      // javac's getElementValues() copies the pairs into a new map at every call
      for (com.sun.tools.javac.util.Pair<com.sun.tools.javac.code.Symbol.MethodSymbol, com.sun.tools.javac.code.Attribute> p
          : ((com.sun.tools.javac.code.Attribute.Compound) a).values) {
        if (Names.of(p.fst.getSimpleName()).equals(attr)) {
          return p.snd;
        }
      }
    } else {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.getElementValues().entrySet()) {
        if (Names.of(e.getKey().getSimpleName()).equals(attr)) {
          return e.getValue();
        }
      }
    }
    javax.lang.model.element.Element type = a.getAnnotationType().asElement();
    Map<String, AnnotationValue> d = defaults.get(type);
    if (d == null) {
      d = defaultsOf(type);
      defaults.put(type, d);
    }
    return d.get(attr);
  }

  private static Map<String, AnnotationValue> defaultsOf(javax.lang.model.element.Element annotationType) {
    Map<String, AnnotationValue> out = new HashMap<>();
    for (javax.lang.model.element.Element m : annotationType.getEnclosedElements()) {
      if (m instanceof ExecutableElement && ((ExecutableElement) m).getDefaultValue() != null) {
        out.put(Names.of(m.getSimpleName()), ((ExecutableElement) m).getDefaultValue());
      }
    }
    return out;
  }

  private String str(AnnotationMirror a, String attr) {
    AnnotationValue v = value(a, attr);
    return v == null ? "" : String.valueOf(v.getValue());
  }

  private boolean bool(AnnotationMirror a, String attr) {
    AnnotationValue v = value(a, attr);
    return v != null && Boolean.TRUE.equals(v.getValue());
  }

  private String enumName(AnnotationMirror a, String attr) {
    AnnotationValue v = value(a, attr);
    return ((VariableElement) v.getValue()).getSimpleName().toString();
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(AnnotationMirror a, String attr) {
    AnnotationValue v = value(a, attr);
    return v == null ? List.of() : (List<? extends AnnotationValue>) v.getValue();
  }
}
