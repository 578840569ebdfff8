package org.mmlock.checker.flow;

import java.util.Map;

/**
 * The revalidation model for {@code pte_offset_map_rw_nolock} (seeds 000 and 004): a writer
 * must take the PTE lock and then see a true {@code pmd_same(pmdval, pmdp_get_lockless(pmd))}
 * (or {@code pte_same(orig, ptep_get(pte))}, orig read before the lock and not none) before it
 * writes. This class decides, for a true
 * {@code @Revalidates} comparison, which PTEs it revalidates.
 */
final class Revalidation {
  private Revalidation() {}

  /** The store on the true side of the comparison, or null when it revalidates nothing. */
  static LockStore then(Call c, LockStore s) {
    if (c.args.size() < 2) {
      return null;
    }
    LockStore out = null;
    for (Map.Entry<String, PteState> e : s.ptes().entrySet()) {
      PteState p = e.getValue();
      if (p.validated || p.status != PteState.Status.MAPPED || !p.lockHeld(s)) {
        continue;
      }
      if (matches(e.getKey(), p, c.args.get(0), c.args.get(1), s)
          || matches(e.getKey(), p, c.args.get(1), c.args.get(0), s)) {
        if (out == null) {
          out = s.copy();
        }
        out.putPte(e.getKey(), p.withValidated(true));
      }
    }
    return out;
  }

  /**
   * Whether {@code fresh} compared with {@code recorded} revalidates PTE {@code pte}: a PMD value
   * read now against the one its map recorded, or an entry read under the PTE lock against one
   * read before it and found not none. A detached table holds only none entries (seed 004), so a
   * none entry, or one read under the same lock, proves nothing.
   */
  private static boolean matches(String pte, PteState p, String recorded, String fresh, LockStore s) {
    if (fresh == null) {
      return false;
    }
    String v = s.value(fresh);
    if (v == null) {
      return false;
    }
    boolean pmd = p.pmdvalPath != null && p.pmdvalPath.equals(recorded)
        && v.equals("pmd:" + p.pmdPath);
    return pmd || (v.equals(LOCKED_READ + pte) && recorded != null
        && (NOT_NONE + pte).equals(s.value(recorded)));
  }

  /** A value read from PTE P ({@code ptep_get}) before its lock was taken: {@code "pte:P"}. */
  static final String READ = "pte:";
  /** A value read from PTE P under its lock: {@code "ptel:P"}. */
  static final String LOCKED_READ = "ptel:";
  /** A value read from PTE P before its lock, and found not none ({@code !pte_none(v)}). */
  static final String NOT_NONE = "pten:";

  /**
   * {@code pte_none(v)}: {then, else} stores, where the else store knows v (read from a PTE
   * before its lock) is not none; null when v is no such value.
   */
  static LockStore[] noneTest(String v, LockStore s) {
    String val = v == null ? null : s.value(v);
    if (val == null || !val.startsWith(READ)) {
      return null;
    }
    LockStore notNone = s.copy();
    notNone.setValue(v, NOT_NONE + val.substring(READ.length()));
    return new LockStore[] {s, notNone};
  }
}
