package org.mmlock.checker.flow;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import org.mmlock.checker.model.Effect;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.checker.model.MethodContract;
import org.mmlock.checker.model.ParamFacts;
import org.mmlock.checker.model.ParamNames;
import org.mmlock.checker.model.Requirement;
import org.mmlock.qual.LockKind;
import org.mmlock.qual.PteMapKind;

/**
 * The state on entry to an analysed method, from its own contract: required and assumed locks
 * are held, {@code @RequiresAny} is a disjunction, {@code @PteLocked}/{@code @PteMapped}
 * parameters are mapped (and locked) by the caller, {@code @KernelMm}/{@code @UserMm} are known,
 * a {@code @KernelTablesOnly} table is a kernel one, {@code @AtomicContext} bodies are atomic.
 */
public final class Entry {
  private Entry() {}

  /** Suffix of the synthetic path naming the lock of a {@code @PteLocked} parameter. */
  public static final String PARAM_PTL = "#ptl";
  /**
   * Suffix of the hidden name of a parameter's value on entry, for a parameter the body assigns
   * ({@link #keepEntryValues}).
   */
  public static final String ON_ENTRY = "@entry";

  /**
   * For each parameter the body gives a new value ({@code reassigned}), files what the entry
   * store knows of it under a hidden name ({@code vma@entry}) that the parameter is an alias of:
   * the contract speaks of the value the caller passed, which {@code vma = w} does not change, so
   * {@code mm = vma.vm_mm; vma = w;} leaves {@code mm} and the contract naming the same object.
   * Returns the names the contract's expressions resolve to (the hidden ones for those
   * parameters), {@code names} itself when no parameter is reassigned.
   */
  public static List<String> keepEntryValues(LockStore s, List<String> names,
      java.util.function.Predicate<String> reassigned) {
    List<String> out = names;
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (reassigned.test(n)) {
        if (out == names) {
          out = new ArrayList<>(names);
        }
        s.renameRoot(n, n + ON_ENTRY);
        s.setAlias(n, n + ON_ENTRY);
        out.set(i, n + ON_ENTRY);
      }
    }
    return out;
  }


  public static LockStore store(ExecutableElement m, MethodContract c) {
    return store(m, c, names(m));
  }

  /** The names of a method's parameters, which its lock expressions resolve to on entry. */
  public static List<String> names(ExecutableElement m) {
    return ParamNames.of(m);
  }

  /** The entry state with the parameters named {@code names} (a lambda's own names). */
  public static LockStore store(ExecutableElement m, MethodContract c, List<String> names) {
    LockStore s = new LockStore();
    walks(m, names, s);
    List<List<Held>> any = new ArrayList<>();
    for (Requirement r : c.requirements) {
      if (r.alts.size() == 1 && !r.alts.get(0).isStable()) {
        hold(r.alts.get(0).kind, r.alts.get(0).expr, names, s);
      } else {
        any.add(alternatives(r, names, s));
      }
    }
    for (MethodContract.Assumption a : c.assumptions) {
      hold(a.kind, a.expr, names, s);
    }
    for (Effect e : c.effects) {
      if (e.op == Effect.Op.RELEASE || e.op == Effect.Op.DOWNGRADE) {
        hold(e.kind, e.expr, names, s);
      }
    }
    s.setEntryAny(any);
    params(m, c, names, s);
    if (c.pte != null && c.pte.kernelOnly != null) {
      // @KernelTablesOnly("pmd"): callers pass a kernel table (checked at each call)
      String p = path(c.pte.kernelOnly, names);
      if (!p.isEmpty()) {
        s.setTable(p, new TableFact(null, MmKind.KERNEL));
      }
    }
    s.setAtomicEntry(c.atomicContext);
    return s;
  }

  /** The path an expression names on entry; "result" stays "result". */
  public static String path(LockExpr e, List<String> names) {
    String root = e.rootIn(names, "this", "result");
    return root.isEmpty() ? "" : e.extend(root);
  }

  /**
   * A walk's state names one mm twice: {@code walk.vma.vm_mm} is {@code walk.mm} (for a walk
   * with a VMA; a no-VMA walk has none to name it by). An alias of each {@code MmWalk} parameter.
   */
  private static void walks(ExecutableElement m, List<String> names, LockStore s) {
    for (int i = 0; i < names.size() && i < m.getParameters().size(); i++) {
      if (LockExpr.isMmType(m.getParameters().get(i).asType(), "MmWalk")) {
        s.setAlias(names.get(i) + ".vma.vm_mm", names.get(i) + ".mm");
      }
    }
  }

  private static void hold(LockKind k, LockExpr e, List<String> names, LockStore s) {
    LockClass cls = LockClass.of(k);
    if (cls == LockClass.RCU) {
      s.addRcu(1);
    } else if (cls == LockClass.WALKER) {
      s.addWalker(1);
    } else if (e.root != LockExpr.Root.RESULT) {
      String p = Paths.canonical(path(e, names), s);
      s.put(new Held(cls, p, LockClass.modeOf(k), k, false, null, null, 0));
    }
  }

  private static List<Held> alternatives(Requirement r, List<String> names, LockStore s) {
    List<Held> out = new ArrayList<>();
    for (Requirement.Alt a : r.alts) {
      String p = Paths.canonical(path(a.expr, names), s);
      if (a.isStable() && a.expr.isType("MmStruct")) {
        out.add(new Held(LockClass.MMAP, p, Mode.READ, LockKind.MMAP_READ, false, null, null, 0));
        out.add(new Held(LockClass.VMA, p, Mode.READ, LockKind.VMA_READ, false, null, null, 0));
      } else if (a.isStable()) {
        out.add(new Held(LockClass.MMAP, Paths.select(p, "vm_mm", s), Mode.READ, LockKind.MMAP_READ, false, null, null, 0));
        out.add(new Held(LockClass.VMA, p, Mode.READ, LockKind.VMA_READ, false, null, null, 0));
        out.add(new Held(LockClass.I_MMAP, p + ".vm_file.f_mapping", Mode.READ, LockKind.I_MMAP_READ, false, null, null, 0));
        out.add(new Held(LockClass.ANON_VMA, p + ".anon_vma", Mode.READ, LockKind.ANON_VMA_READ, false, null, null, 0));
      } else {
        out.add(new Held(LockClass.of(a.kind), p, LockClass.modeOf(a.kind), a.kind, false, null, null, 0));
      }
    }
    return out;
  }

  /**
   * The page-table lock a {@code @PteLocked} parameter's PTE is locked by, when the contract
   * names exactly one ({@code @Releases(kind = PTE_LOCK, on = "ptl")} beside
   * {@code @PteLocked Pte pte}: {@code pte_unmap_unlock(pte, ptl)} drops it); null when it names
   * none or several, and the lock is the caller's, unnamed ({@link #PARAM_PTL}).
   */
  public static String namedPteLock(MethodContract c, List<String> names) {
    String found = null;
    int count = 0;
    for (Requirement r : c.requirements) {
      if (r.alts.size() == 1 && r.alts.get(0).kind == LockKind.PTE_LOCK) {
        found = path(r.alts.get(0).expr, names);
        count++;
      }
    }
    for (MethodContract.Assumption a : c.assumptions) {
      if (a.kind == LockKind.PTE_LOCK) {
        found = path(a.expr, names);
        count++;
      }
    }
    for (Effect e : c.effects) {
      if (e.op == Effect.Op.RELEASE && e.kind == LockKind.PTE_LOCK) {
        found = path(e.expr, names);
        count++;
      }
    }
    return count == 1 && !found.isEmpty() ? found : null;
  }

  private static void params(ExecutableElement m, MethodContract c, List<String> names, LockStore s) {
    for (int i = 0; i < names.size(); i++) {
      ParamFacts f = c.param(i);
      String n = names.get(i);
      boolean isMm = LockExpr.isMmType(m.getParameters().get(i).asType(), "MmStruct");
      if (f.pteLocked || f.pteMapped) {
        String named = f.pteLocked ? namedPteLock(c, names) : null;
        String lock = named != null ? named : n + PARAM_PTL;
        s.putPte(n, new PteState(PteMapKind.LOCKED, PteState.Status.MAPPED, false, lock,
            null, null, null, null, f.pteLocked, 0));
        if (f.pteLocked && named == null) {
          s.put(new Held(LockClass.SPIN, lock, Mode.WRITE, LockKind.PTE_LOCK, false, null, null, 0));
        }
      }
      if (f.shared || f.priv) {
        s.setSharing(n, f.shared ? HugetlbFacts.SHARED : HugetlbFacts.PRIVATE);
      }
      if (f.kernelMm || f.userMm) {
        MmKind k = f.kernelMm ? MmKind.KERNEL : MmKind.USER;
        if (isMm) {
          s.setMmKind(n, k);
        } else {
          s.setTable(n, new TableFact(null, k));
        }
      }
    }
  }
}
