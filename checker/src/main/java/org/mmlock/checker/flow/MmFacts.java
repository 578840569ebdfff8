package org.mmlock.checker.flow;

import java.util.List;
import org.mmlock.checker.model.LockExpr;
import org.mmlock.qual.LockKind;

/**
 * The value-dependent facts about mms and VMAs, in one place: which mm is the kernel's own
 * ({@code init_mm}), and whether a VMA, or an mm's page tables, are stable under the locks
 * held (process_addrs.rst, "Lock usage" and "Page tables").
 */
public final class MmFacts {
  /** The canonical path of {@code init_mm}. */
  public static final String INIT_MM = "Kernel.init_mm";

  private MmFacts() {}

  /** KERNEL for init_mm or an mm known equal to it, USER when known otherwise, else null. */
  public static MmKind kindOf(String mm, LockStore s) {
    if (INIT_MM.equals(mm)) {
      return MmKind.KERNEL;
    }
    return mm == null ? null : s.mmKind(mm);
  }

  /** Where a page-table step starts: an mm, or the provenance of the upper-level table. */
  public static TableFact provenance(Call c, LockExpr from, LockStore s) {
    String p = c.resolve(from, s);
    if (p == null) {
      return null;
    }
    return from.isType("MmStruct") ? new TableFact(p, kindOf(p, s)) : s.table(p);
  }

  /** A table's mm kind as known now: a later {@code mm == init_mm} test refines it. */
  public static MmKind kindNow(TableFact f, LockStore s) {
    MmKind k = f.mm == null ? null : kindOf(f.mm, s);
    return k != null ? k : f.kind;
  }

  /**
   * A page-table step from a table of provenance {@code f} walks tables that are not stable: a
   * user (or possibly user) mm's, with nothing holding its VMAs stable.
   */
  public static boolean walkUnstable(TableFact f, LockStore s) {
    return f != null && f.mm != null && kindNow(f, s) != MmKind.KERNEL
        && !proves(s, new Stable(f.mm, true));
  }

  /** The VMA is stable: mmap lock of its mm, its VMA lock, or one of its rmap locks. */
  public static boolean vmaStable(String vma, LockStore s) {
    if ((definite(s.lock(LockClass.MMAP, Paths.select(vma, "vm_mm", s))) && s.stale(vma) == null)
        || definite(s.lock(LockClass.VMA, vma))
        || definite(s.lock(LockClass.I_MMAP, mappingOf(vma, s)))
        || definite(s.lock(LockClass.ANON_VMA, Paths.select(vma, "anon_vma", s)))) {
      return true;
    }
    return false;
  }

  /**
   * The mm's page tables are stable: it is init_mm, its mmap lock is held, or a VMA lock or rmap
   * lock of a VMA whose {@code vm_mm} is this same path.
   */
  public static boolean mmStable(String mm, LockStore s) {
    if (kindOf(mm, s) == MmKind.KERNEL || definite(s.lock(LockClass.MMAP, mm))) {
      return true;
    }
    for (Held h : s.locks()) {
      String vma = h.definite() ? vmaOf(h) : null;
      if (vma != null && (mm.equals(Paths.select(vma, "vm_mm", s)) || mm.equals(h.path))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fact that a lock of one of {@code kinds} on {@code path} is held ({@link #holds}), to be
   * proven with {@link #proves}. The facts rules ask for are classes rather than lambdas: each
   * lambda costs a class spun at run time (and the JDK's class writer the JIT compiles when there
   * are enough of them), in every compilation.
   */
  public static final class Holds implements java.util.function.Predicate<LockStore> {
    private final String path;
    private final boolean isMm;
    private final LockKind[] kinds;

    public Holds(String path, boolean isMm, LockKind... kinds) {
      this.path = path;
      this.isMm = isMm;
      this.kinds = kinds;
    }

    @Override
    public boolean test(LockStore s) {
      for (LockKind k : kinds) {
        if (holds(k, path, isMm, s)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The fact that a VMA is stable ({@link #vmaStable}), or an mm's page tables are
   * ({@link #mmStable}), to be proven with {@link #proves}.
   */
  public static final class Stable implements java.util.function.Predicate<LockStore> {
    private final String path;
    private final boolean isMm;

    public Stable(String path, boolean isMm) {
      this.path = path;
      this.isMm = isMm;
    }

    @Override
    public boolean test(LockStore s) {
      return isMm ? mmStable(path, s) : vmaStable(path, s);
    }
  }

  /** Whether a lock of {@code kind} on {@code path} is held on every path. */
  public static boolean holds(LockKind kind, String path, boolean isMm, LockStore s) {
    if (kind == LockKind.RCU) {
      return s.rcuHeld();
    }
    if (kind == LockKind.HUGETLB_WALKER) {
      return s.walkerMin() > 0;
    }
    LockClass cls = LockClass.of(kind);
    Mode need = LockClass.modeOf(kind);
    if (cls == LockClass.VMA && isMm) {
      for (Held h : s.locks()) {
        if (h.cls == LockClass.VMA && h.definite() && h.mode.satisfies(need)
            && (mm(h, s).equals(path) || h.path.equals(path))) {
          return true;
        }
      }
    } else {
      Held h = s.lock(cls, path);
      if (h != null && h.definite() && h.mode.satisfies(need)) {
        return true;
      }
      if (cls == LockClass.MMAP && kindOf(path, s) == MmKind.KERNEL) {
        return kernelMmapHeld(need, s);
      }
    }
    return false;
  }

  /**
   * The mmap lock of init_mm is held in mode {@code need} under any name: init_mm itself or an
   * mm known equal to it ({@code mm == init_mm}, {@code @KernelMm}).
   */
  private static boolean kernelMmapHeld(Mode need, LockStore s) {
    for (Held h : s.locks()) {
      if (h.cls == LockClass.MMAP && h.definite() && h.mode.satisfies(need)
          && kindOf(h.path, s) == MmKind.KERNEL) {
        return true;
      }
    }
    return false;
  }

  private static String mm(Held vmaLock, LockStore s) {
    return Paths.select(vmaLock.path, "vm_mm", s);
  }

  /** The VMA a VMA or rmap lock belongs to, when its path says so. */
  private static String vmaOf(Held h) {
    switch (h.cls) {
      case VMA:
        return h.path;
      case I_MMAP:
        return strip(h.path, ".vm_file.f_mapping");
      case ANON_VMA:
        return strip(h.path, ".anon_vma");
      default:
        return null;
    }
  }

  private static String strip(String p, String suffix) {
    return p.endsWith(suffix) ? p.substring(0, p.length() - suffix.length()) : null;
  }

  static String mappingOf(String vma, LockStore s) {
    return Paths.select(Paths.select(vma, "vm_file", s), "f_mapping", s);
  }

  private static boolean definite(Held h) {
    return h != null && h.definite();
  }

  /**
   * Whether {@code fact} holds: directly, through a disjunction assumed on entry
   * ({@code @RequiresAny}, {@code @RequiresVmaStable}) every one of whose alternatives proves it,
   * or on both values of a boolean local that held locks depend on ({@link #byCases}).
   */
  public static boolean proves(LockStore s, java.util.function.Predicate<LockStore> fact) {
    return fact.test(s) || viaEntryAny(s, fact) || byCases(s, fact);
  }

  /**
   * Whether {@code fact} holds whatever the value of a boolean local that a held lock's condition
   * names, directly or through a link ({@code if (c) mmap_read_lock(mm); else
   * i_mmap_lock_read(mapping);}: the VMA is stable on both values of c).
   */
  private static boolean byCases(LockStore s, java.util.function.Predicate<LockStore> fact) {
    List<String> tried = null;
    for (Held h : s.locks()) {
      String x = h.maybe || h.cond == null ? null : flagOf(h.cond, s);
      if (x == null || (tried != null && tried.contains(x))) {
        continue;
      }
      LockStore t = Conditions.assume(x, true, s);
      LockStore f = Conditions.assume(x, false, s);
      if ((fact.test(t) || viaEntryAny(t, fact)) && (fact.test(f) || viaEntryAny(f, fact))) {
        return true;
      }
      if (tried == null) {
        tried = new java.util.ArrayList<>();
      }
      tried.add(x);
    }
    return false;
  }

  /** The boolean local a lock condition depends on: {@code t:x}, {@code f:x}, or a linked {@code nn:p}. */
  private static String flagOf(String cond, LockStore s) {
    if (cond.startsWith("nn:")) {
      String link = s.link(cond.substring(3));
      return link == null ? null : link.substring(2);
    }
    return cond.substring(2);
  }

  private static boolean viaEntryAny(LockStore s, java.util.function.Predicate<LockStore> fact) {
    for (List<Held> any : s.entryAny()) {
      boolean all = true;
      for (Held alt : any) {
        LockStore t = s.copy();
        t.setEntryAny(List.of());
        if (alt.cls == LockClass.RCU) {
          t.addRcu(1);
        } else if (alt.cls == LockClass.WALKER) {
          t.addWalker(1);
        } else {
          t.put(alt);
        }
        if (!fact.test(t)) {
          all = false;
          break;
        }
      }
      if (all && !any.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
