package org.mmlock.checker.flow;

/**
 * The hugetlb model of seed 001 ("mm/hugetlb: Make huge_pte_offset() thread-safe for pmd
 * unshare") in one place: whether a VMA is shared, which lock protects a hugetlb walk, and what
 * that protection allows. A private mapping's walk is protected by the mmap lock; a shared (or
 * possibly shared) one's by the hugetlb VMA lock, {@code i_mmap_rwsem}, or the RCU-based walker
 * lock, and only the first two also keep the PTE's lock valid.
 */
public final class HugetlbFacts {
  /** The flag that makes a mapping shared: {@code (vma.vm_flags & VM_MAYSHARE) != 0}. */
  public static final String VM_MAYSHARE = "Kernel.VM_MAYSHARE";
  public static final String SHARED = "SHARED";
  public static final String PRIVATE = "PRIVATE";
  /** Prefix of a guard that was released after the walk. */
  public static final String DROPPED = "dropped:";

  private HugetlbFacts() {}

  /** Whether the VMA is known private; unknown counts as possibly shared. */
  public static boolean isPrivate(String vma, LockStore s) {
    return vma != null && PRIVATE.equals(s.sharing(vma));
  }

  /**
   * The lock protecting a hugetlb walk now, strongest first, or null: the hugetlb VMA lock or
   * {@code i_mmap_rwsem} of the VMA (or, for a walk given only an mm, of a VMA of that mm), the
   * walker lock, the mmap lock, RCU.
   */
  public static String guardOf(String vma, String mm, LockStore s) {
    String mmPath = vma != null ? Paths.select(vma, "vm_mm", s) : mm;
    for (Held h : s.locks()) {
      if (h.definite() && h.cls == LockClass.HVMA && belongs(h.path, vma, mm, s)) {
        return "HVMA " + h.path;
      }
    }
    for (Held h : s.locks()) {
      String owner = h.path.endsWith(".vm_file.f_mapping")
          ? h.path.substring(0, h.path.length() - ".vm_file.f_mapping".length()) : null;
      boolean mine = vma != null ? h.path.equals(MmFacts.mappingOf(vma, s)) : owner != null && belongs(owner, null, mm, s);
      if (h.definite() && h.cls == LockClass.I_MMAP && mine) {
        return "I_MMAP " + h.path;
      }
    }
    if (s.walkerMin() > 0) {
      return "WALKER";
    }
    Held m = mmPath == null ? null : s.lock(LockClass.MMAP, mmPath);
    if (m != null && m.definite()) {
      return "MMAP " + mmPath;
    }
    return s.rcuHeld() ? "RCU" : null;
  }

  private static boolean belongs(String lockVma, String vma, String mm, LockStore s) {
    return vma != null ? lockVma.equals(vma) : mm != null && mm.equals(Paths.select(lockVma, "vm_mm", s));
  }

  /** Whether a walk's guard lets the walker take the PTE's lock (cases 2.1 and 2.2 of seed 001). */
  public static boolean protectsPtl(String guard) {
    return guard != null && (guard.startsWith("HVMA ") || guard.startsWith("I_MMAP "));
  }

  /** Whether the guard a walk relied on is still held. */
  public static boolean guardHeld(String guard, LockStore s) {
    if (guard == null) {
      return true;
    }
    if (guard.startsWith(DROPPED)) {
      return false;
    }
    if (guard.equals("WALKER")) {
      return s.walkerMin() > 0;
    }
    if (guard.equals("RCU")) {
      return s.rcuHeld();
    }
    int sp = guard.indexOf(' ');
    Held h = s.lock(LockClass.valueOf(guard.substring(0, sp)), guard.substring(sp + 1));
    return h != null && h.definite();
  }
}
