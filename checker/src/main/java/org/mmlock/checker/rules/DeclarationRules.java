package org.mmlock.checker.rules;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.mmlock.checker.flow.LockClass;
import org.mmlock.checker.model.ContractModel;
import org.mmlock.checker.model.Effect;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.model.ParamNames;
import org.mmlock.checker.model.Requirement;

/**
 * Rules on a method's declaration rather than its body: its annotations must parse
 * ({@code contract.expression.invalid}), its escape hatches must say why
 * ({@code contract.unjustified}), and an override may not require more or guarantee less than
 * the method it overrides ({@code contract.override}).
 */
public final class DeclarationRules {
  private final Reporter out;
  /** The {@code needs:} of {@code contract.expression.invalid}: what an expression may be. */
  private static final String EXPRESSION_FORMS =
      "a parameter name or #N, this, result, or a static field, then fields";

  private final ContractModel model;
  private final Elements elements;
  private final javax.lang.model.util.Types types;

  public DeclarationRules(Reporter out, ContractModel model, Elements elements,
      javax.lang.model.util.Types types) {
    this.out = out;
    this.model = model;
    this.elements = elements;
    this.types = types;
  }

  /** Checks the declaration of {@code m}, which overrides {@code bases}. */
  public void check(MethodTree t, ExecutableElement m, MethodContract c, Set<ExecutableElement> bases) {
    Set<com.sun.source.tree.Tree> used = new HashSet<>();
    for (MethodContract.Problem p : c.problems) {
      com.sun.source.tree.Tree at = annotationTree(t, p, used);
      used.add(at);
      if (p.key.equals("contract.unjustified")) {
        out.report(at, p.key, p.annotation, " has an empty 'why'", "-", "why = \"<the reason this is safe>\"");
      } else {
        out.report(at, p.key, p.annotation, invalid(p), "-", validForms(p));
      }
    }
    for (ExecutableElement base : bases) {
      compare(t, m, c, base, model.contractOf(base));
    }
  }

  /** What is invalid in a {@code contract.expression.invalid} problem, and why. */
  static String invalid(MethodContract.Problem p) {
    return (p.ruleKey ? "rule key " : "lock expression ") + Describe.quoted(p.text) + ": "
        + Describe.printable(p.why);
  }

  /** What would be valid in its place. */
  static String validForms(MethodContract.Problem p) {
    return p.ruleKey ? "a key of docs/rules/README.md, or no rule" : EXPRESSION_FORMS;
  }

  /** The annotation a problem is about, so the diagnostic points at it; else the method. */
  private static com.sun.source.tree.Tree annotationTree(MethodTree t, MethodContract.Problem p,
      Set<com.sun.source.tree.Tree> used) {
    String name = p.annotation.substring(1);
    com.sun.source.tree.Tree first = null;
    for (com.sun.source.tree.AnnotationTree a : t.getModifiers().getAnnotations()) {
      String type = a.getAnnotationType().toString();
      String simple = type.substring(type.lastIndexOf('.') + 1);
      if (simple.equals(name) && !used.contains(a)) {
        if (first == null) {
          first = a;
        }
        if (a.toString().contains("\"" + p.text + "\"")) {
          return a;
        }
      }
    }
    return first != null ? first : t;
  }

  /** Per class: whether any method of its supertypes carries an mmlock contract. */
  private final java.util.Map<TypeElement, Boolean> contractedSupers = new java.util.HashMap<>();

  /**
   * The methods {@code m} overrides, in all supertypes; empty, without a search, when neither
   * {@code m} nor any supertype method has a contract (nothing to compare or inherit).
   */
  public Set<ExecutableElement> overridden(ExecutableElement m, MethodContract own) {
    if (m.getKind() != ElementKind.METHOD || !(m.getEnclosingElement() instanceof TypeElement)) {
      return Set.of();
    }
    Set<javax.lang.model.element.Modifier> mods = m.getModifiers();
    if (mods.contains(javax.lang.model.element.Modifier.STATIC)
        || mods.contains(javax.lang.model.element.Modifier.PRIVATE)) {
      return Set.of();
    }
    TypeElement owner = (TypeElement) m.getEnclosingElement();
    if (own.isEmpty() && !anySuperContractCached(owner)) {
      return Set.of();
    }
    Set<ExecutableElement> out = new java.util.LinkedHashSet<>();
    for (ExecutableElement e : superMethods(owner)) {
      if (e.getSimpleName().equals(m.getSimpleName()) && elements.overrides(m, e, owner)) {
        out.add(e);
      }
    }
    return out;
  }

  private boolean anySuperContract(TypeElement owner) {
    for (ExecutableElement e : superMethods(owner)) {
      if (!model.contractOf(e).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The methods declared in all supertypes of {@code owner}, each supertype once. */
  private static java.util.List<ExecutableElement> superMethods(TypeElement owner) {
    java.util.List<ExecutableElement> out = new java.util.ArrayList<>();
    Deque<TypeElement> todo = new ArrayDeque<>();
    supers(owner, todo);
    Set<TypeElement> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      TypeElement t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      for (Element e : t.getEnclosedElements()) {
        if (e.getKind() == ElementKind.METHOD) {
          out.add((ExecutableElement) e);
        }
      }
      supers(t, todo);
    }
    return out;
  }

  private static void supers(TypeElement t, Deque<TypeElement> todo) {
    add(t.getSuperclass(), todo);
    for (TypeMirror i : t.getInterfaces()) {
      add(i, todo);
    }
  }

  private static void add(TypeMirror t, Deque<TypeElement> todo) {
    if (t instanceof DeclaredType) {
      todo.push((TypeElement) ((DeclaredType) t).asElement());
    }
  }

  /**
   * A class that implements an interface method with a method it inherits from a superclass
   * ({@code class Impl extends Base implements Lookup}, {@code Base.f} not declared in
   * {@code Impl}): that method overrides the interface's here, so it is compared with it here,
   * at the class. (Where {@code Base} itself implements {@code Lookup}, {@code Base.f} was
   * compared at its declaration.)
   */
  public void checkInherited(ClassTree t, TypeElement type) {
    if (type.getKind() == ElementKind.INTERFACE || type.getInterfaces().isEmpty()
        || !anySuperContractCached(type)) {
      return;
    }
    for (ExecutableElement im : superMethods(type)) {
      TypeElement iface = (TypeElement) im.getEnclosingElement();
      if (iface.getKind() != ElementKind.INTERFACE || im.getModifiers().contains(Modifier.STATIC)
          || im.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      ExecutableElement impl = inheritedImplementation(type, im);
      if (impl != null) {
        compare(t, impl, model.contractOf(impl), im, model.contractOf(im),
            " (inherited by " + type.getSimpleName() + ")");
      }
    }
  }

  /**
   * The method of a superclass of {@code type} that implements interface method {@code im} in
   * {@code type}, where {@code type} declares none and its superclass does not implement the
   * interface itself; else null.
   */
  private ExecutableElement inheritedImplementation(TypeElement type, ExecutableElement im) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getSimpleName().equals(im.getSimpleName())
          && elements.overrides((ExecutableElement) e, im, type)) {
        return null;
      }
    }
    TypeMirror sup = type.getSuperclass();
    if (!(sup instanceof DeclaredType)
        || types.isSubtype(types.erasure(sup), types.erasure(im.getEnclosingElement().asType()))) {
      return null; // the superclass implements the interface already: compared there
    }
    while (sup instanceof DeclaredType) {
      TypeElement c = (TypeElement) ((DeclaredType) sup).asElement();
      for (Element e : c.getEnclosedElements()) {
        if (e.getKind() == ElementKind.METHOD && e.getSimpleName().equals(im.getSimpleName())
            && !e.getModifiers().contains(Modifier.ABSTRACT)
            && elements.overrides((ExecutableElement) e, im, type)) {
          return (ExecutableElement) e;
        }
      }
      sup = c.getSuperclass();
    }
    return null;
  }

  private boolean anySuperContractCached(TypeElement owner) {
    Boolean any = contractedSupers.get(owner);
    if (any == null) {
      any = anySuperContract(owner);
      contractedSupers.put(owner, any);
    }
    return any;
  }

  private void compare(MethodTree t, ExecutableElement m, MethodContract c, ExecutableElement base,
      MethodContract b) {
    compare(t, m, c, base, b, "");
  }

  private void compare(com.sun.source.tree.Tree t, ExecutableElement m, MethodContract c,
      ExecutableElement base, MethodContract b, String via) {
    String baseName = base.getEnclosingElement().getSimpleName() + "." + base.getSimpleName() + "()";
    if (unreadable(t, baseName, base, b)) {
      return;
    }
    String name = via.isEmpty() ? org.mmlock.checker.model.Names.display(m)
        : m.getEnclosingElement().getSimpleName() + "." + org.mmlock.checker.model.Names.display(m) + via;
    for (Requirement r : c.requirements) {
      if (!impliedBy(r, b)) {
        out.report(t, "contract.override", name, ": requires " + text(r)
            + ", which " + baseName + " does not", "-", "no more than " + baseName + " requires");
      }
    }
    if (c.mightSleep && !b.mightSleep) {
      out.report(t, "contract.override", name, ": is @MightSleep and "
          + baseName + " is not", "-", "no more than " + baseName + " requires");
    }
    for (int i = 0; i < m.getParameters().size(); i++) {
      String added = addedQualifier(c.param(i), b.param(i));
      if (added != null) {
        out.report(t, "contract.override", name, ": requires parameter '" + m.getParameters().get(i).getSimpleName()
            + "' " + added + ", which " + baseName + " does not", "-", "no more than " + baseName + " requires");
      }
    }
    for (Effect e : c.effects) {
      if (e.op != Effect.Op.ACQUIRE && !hasSame(b, e) && !isClose(base)) {
        // releasing a lock needs it held on entry: a caller of the base does not know to hold it
        out.report(t, "contract.override", name, ": declares " + effect(e) + ", which " + baseName + " does not",
            "-", "no more than " + baseName + " requires");
      }
    }
    for (Effect e : b.effects) {
      if (e.op == Effect.Op.ACQUIRE && e.when == Effect.When.ALWAYS && !hasAcquire(c, e)) {
        Effect other = otherMode(c, e);
        out.report(t, "contract.override", name, ": does not declare @Acquires("
            + e.kind + ", \"" + e.expr.text + "\") as " + baseName + " does"
            + (other == null ? "" : " (it acquires " + other.kind + ", and callers through "
                + baseName + " release " + e.kind + ")"), "-", "at least what " + baseName + " guarantees");
      } else if (e.op != Effect.Op.ACQUIRE || e.when != Effect.When.ALWAYS) {
        if (!hasSame(c, e)) {
          out.report(t, "contract.override", name, ": does not declare " + effect(e) + " as " + baseName + " does",
              "-", "at least what " + baseName + " guarantees");
        }
      }
    }
  }

  /**
   * A base method read from a class file whose contract has expressions the checker cannot read
   * (most often parameter names the class file does not record): its invalid expressions are
   * reported here, as at a call, and the override is not compared with a contract known only in
   * part, which would be wrong both ways. True when so.
   */
  private boolean unreadable(com.sun.source.tree.Tree t, String baseName, ExecutableElement base,
      MethodContract b) {
    return ParamNames.fromClassFile(base) && classFileProblems(out, t, baseName, b);
  }

  /**
   * The invalid expressions of the contract {@code c} of a method read from a class file (named
   * {@code name}, as {@code Lib.f()}), reported at {@code at}: that method has no declaration here
   * to report them at. True when there was one.
   */
  static boolean classFileProblems(Reporter out, com.sun.source.tree.Tree at, String name, MethodContract c) {
    boolean any = false;
    for (MethodContract.Problem p : c.problems) {
      if (p.key.equals("contract.expression.invalid")) {
        out.report(at, p.key, name + "'s " + p.annotation, invalid(p), "-", validForms(p));
        any = true;
      }
    }
    return any;
  }

  /**
   * {@code AutoCloseable.close()} (or {@code Closeable}'s): a guard object's {@code close()}
   * releases what its constructor took, and try-with-resources calls it on the resource's own
   * type, whose contract the checker sees.
   */
  private static boolean isClose(ExecutableElement base) {
    String owner = ((TypeElement) base.getEnclosingElement()).getQualifiedName().toString();
    return base.getSimpleName().contentEquals("close")
        && (owner.equals("java.lang.AutoCloseable") || owner.equals("java.io.Closeable"));
  }

  /** An effect as the annotation states it, for messages: {@code @Releases(MMAP_READ, "mm")}. */
  private static String effect(Effect e) {
    String on = e.kind + ", \"" + e.expr.text + "\")";
    switch (e.op) {
      case RELEASE:
        return "@Releases(" + on;
      case DOWNGRADE:
        return "@Downgrades(" + on;
      default:
        return e.when == Effect.When.IF_NONNULL ? "@AcquiresIfNonNull(" + on
            : "@AcquiresIf(result = " + (e.when == Effect.When.IF_TRUE) + ", " + on;
    }
  }

  /** Whether {@code c} declares the same effect: operation, outcome, lock and expression. */
  private static boolean hasSame(MethodContract c, Effect want) {
    for (Effect e : c.effects) {
      if (e.op == want.op && e.when == want.when && e.kind == want.kind && sameExpr(e.expr, want.expr)) {
        return true;
      }
    }
    return false;
  }

  private static boolean impliedBy(Requirement r, MethodContract base) {
    for (Requirement q : base.requirements) {
      boolean all = true;
      for (Requirement.Alt qa : q.alts) {
        boolean some = false;
        for (Requirement.Alt ra : r.alts) {
          some |= implies(qa, ra);
        }
        all &= some;
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /** Whether holding {@code a} meets requirement {@code b}. */
  private static boolean implies(Requirement.Alt a, Requirement.Alt b) {
    if (b.isStable() && !a.isStable()) {
      return stabilises(a, b.expr);
    }
    if (!sameExpr(a.expr, b.expr)) {
      return false;
    }
    if (b.isStable()) {
      return true;
    }
    return !a.isStable() && LockClass.of(a.kind) == LockClass.of(b.kind)
        && LockClass.modeOf(a.kind).satisfies(LockClass.modeOf(b.kind));
  }

  /**
   * Whether lock {@code a} makes {@code vma} stable: the mmap lock of its mm (of the mm itself
   * for an mm), its VMA lock, or an rmap lock of it (the rule's vocabulary).
   */
  private static boolean stabilises(Requirement.Alt a, LockExpr vma) {
    LockClass cls = LockClass.of(a.kind);
    if (vma.isType("MmStruct")) {
      return (cls == LockClass.MMAP || cls == LockClass.VMA) && sameExpr(a.expr, vma);
    }
    switch (cls) {
      case MMAP:
        return extends_(a.expr, vma, "vm_mm");
      case VMA:
        return sameExpr(a.expr, vma);
      case I_MMAP:
        return extends_(a.expr, vma, "vm_file", "f_mapping");
      case ANON_VMA:
        return extends_(a.expr, vma, "anon_vma");
      default:
        return false;
    }
  }

  /** Whether {@code e} is {@code base} followed by {@code selectors}. */
  private static boolean extends_(LockExpr e, LockExpr base, String... selectors) {
    return e.root == base.root && e.param == base.param && java.util.Objects.equals(e.staticName, base.staticName)
        && e.selectors.size() == base.selectors.size() + selectors.length
        && e.selectors.subList(0, base.selectors.size()).equals(base.selectors)
        && e.selectors.subList(base.selectors.size(), e.selectors.size()).equals(java.util.List.of(selectors));
  }

  private static boolean hasAcquire(MethodContract c, Effect want) {
    for (Effect e : c.effects) {
      if (e.op == Effect.Op.ACQUIRE && e.when == Effect.When.ALWAYS
          && LockClass.of(e.kind) == LockClass.of(want.kind)
          && LockClass.modeOf(e.kind) == LockClass.modeOf(want.kind) // the caller unlocks in that mode
          && sameExpr(e.expr, want.expr)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A parameter qualifier the override adds that each call must meet (checked at the call, as a
   * requirement is: a locked or mapped PTE, init_mm, a private mapping); or null.
   */
  private static String addedQualifier(org.mmlock.checker.model.ParamFacts mine,
      org.mmlock.checker.model.ParamFacts base) {
    if (mine.pteLocked && !base.pteLocked) {
      return "@PteLocked";
    }
    if (mine.pteMapped && !(base.pteMapped || base.pteLocked)) {
      return "@PteMapped";
    }
    if (mine.kernelMm && !base.kernelMm) {
      return "@KernelMm";
    }
    return mine.priv && !base.priv ? "@PrivateMapping" : null;
  }

  /** An acquisition of {@code c} of the lock {@code want} names, in another mode; or null. */
  private static Effect otherMode(MethodContract c, Effect want) {
    for (Effect e : c.effects) {
      if (e.op == Effect.Op.ACQUIRE && e.when == Effect.When.ALWAYS && e.kind != want.kind
          && LockClass.of(e.kind) == LockClass.of(want.kind) && sameExpr(e.expr, want.expr)) {
        return e;
      }
    }
    return null;
  }

  private static boolean sameExpr(LockExpr a, LockExpr b) {
    return a.root == b.root && a.param == b.param && java.util.Objects.equals(a.staticName, b.staticName)
        && a.selectors.equals(b.selectors);
  }

  private static String text(Requirement r) {
    StringBuilder sb = new StringBuilder();
    for (Requirement.Alt a : r.alts) {
      if (sb.length() > 0) {
        sb.append(" or ");
      }
      sb.append(a.isStable() ? "a stable VMA" : a.kind.toString());
      if (!a.expr.text.isEmpty()) {
        sb.append('(').append(a.expr.text).append(')');
      }
    }
    return sb.toString();
  }
}
