package org.mmlock.checker.flow;

import java.util.Map;

/**
 * The revalidation model for {@code pte_offset_map_rw_nolock} (seeds 000 and 004): a writer
 * must take the PTE lock and then see a true {@code pmd_same(pmdval, pmdp_get_lockless(pmd))}
 * (or {@code pte_same(orig, ptep_get(pte))}) before it writes. This class decides, for a true
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
    return pmd || v.equals("pte:" + pte);
  }
}
