package org.mmlock.examples;

import org.mmlock.mm.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

import org.mmlock.qual.MightSleep;

/**
 * {@code wp_shared_mapping_range()} from mm/mapping_dirty_helpers.c (Thomas Hellström, v5.7; used
 * by the vmwgfx driver), with its {@code wp_pte()} callback. Source: notes rule 32 WALK-MAPPING
 * (pagewalk.c {@code walk_page_mapping} kernel-doc, "Locking: This function can't require that
 * the struct mm_struct::mmap_lock is held, since @mapping may be mapped by multiple processes.
 * Instead @mapping->i_mmap_rwsem must be held") and rule 30 WALK-CALLBACK-CONTEXT; the page-walk
 * API of seeds {@code 002_*.txt} and {@code 003_*.txt}.
 *
 * <p>{@code walk_page_mapping()} visits every VMA, in every process, that maps pages
 * {@code [first_index, first_index + nr)} of a file. No mmap lock can cover them all; the
 * walk holds {@code i_mmap_rwsem} of the mapping for reading, which keeps the VMAs of the interval
 * tree and their page tables alive. {@code wp_pte()} runs under the PTE lock and write-protects a
 * writable entry; {@code ptep_modify_prot_start}/{@code _commit} are written as their generic
 * versions, {@code ptep_get_and_clear} and {@code set_pte_at}. The {@code test_walk},
 * {@code pre_vma} and {@code post_vma} callbacks (VMA filtering, mmu notifier and TLB flush) are
 * elided.
 *
 * <p>Demonstrates: {@code walk.mapping.i_mmap} done right; a {@code pte_entry} that writes under
 * the walk's PTE lock.
 */
public final class WpSharedMappingRange {
  private WpSharedMappingRange() {}

  /** x86 {@code _PAGE_RW}. */
  static final long _PAGE_RW = 0x2;

  /** {@code struct wp_walk}, reduced to the count of write-protected entries. */
  static final class WpWalk {
    long total;
  }

  /**
   * {@code pte_write()}.
   *
   * @param pte a PTE value
   * @return whether it is writable
   */
  static boolean pte_write(long pte) {
    return (pte & _PAGE_RW) != 0;
  }

  /**
   * {@code wp_walk_ops}: {@code .pte_entry = wp_pte, .walk_lock = PGWALK_RDLOCK}.
   * {@code wp_pte()} write-protects one entry, under the PTE lock the walker holds.
   */
  static final MmWalkOps wp_walk_ops =
      new MmWalkOps(
          PageWalkLock.PGWALK_RDLOCK,
          (pte, addr, end, walk) -> {
            WpWalk wpwalk = (WpWalk) walk.priv;
            long ptent = ptep_get(pte);

            if (pte_write(ptent)) {
              long old_pte = ptep_get_and_clear(walk.mm, addr, pte); /* ptep_modify_prot_start */

              ptent = old_pte & ~_PAGE_RW; /* pte_wrprotect(old_pte) */
              set_pte_at(walk.mm, addr, pte, ptent); /* ptep_modify_prot_commit */
              wpwalk.total++;
            }

            return 0;
          });

  /**
   * Write-protects all PTEs mapping pages {@code [first_index, first_index + nr)} of a file.
   *
   * @param mapping the file mapping
   * @param first_index first page offset
   * @param nr number of pages
   * @return the number of entries write-protected
   */
  @MightSleep
  public static long wp_shared_mapping_range(AddressSpace mapping, long first_index, long nr) {
    WpWalk wpwalk = new WpWalk();

    i_mmap_lock_read(mapping);
    walk_page_mapping(mapping, first_index, nr, wp_walk_ops, wpwalk); /* WARN_ON(...) */
    i_mmap_unlock_read(mapping);

    return wpwalk.total;
  }
}
