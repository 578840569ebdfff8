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
import org.mmlock.qual.RequiresMmapWrite;

/**
 * {@code mlock_vma_pages_range()} from mm/mlock.c (v6.6), a {@code PGWALK_WRLOCK_VERIFY} walk.
 * Source: notes rule 25 WALK-RANGE-WALKLOCK (pagewalk.h: "vma is expected to be already
 * write-locked during the walk"; pagewalk.c {@code process_vma_walk_lock}), bugs table #13
 * (49b0638502da "mm: enable page walking API to lock vmas during the walk", Suren Baghdasaryan,
 * which gave {@code mlock_walk_ops} its {@code walk_lock}); the page-walk API of seeds
 * {@code 002_*.txt} and {@code 003_*.txt}.
 *
 * <p>{@code mlock_fixup()} calls this with the mmap write lock held ({@code do_mlock} →
 * {@code apply_vma_lock_flags}). It write-locks the VMA with {@code vma_start_write()} before
 * changing {@code vm_flags}, so that per-VMA-lock page faults cannot run against the half-updated
 * VMA, and then walks it with {@code PGWALK_WRLOCK_VERIFY}: the walker only asserts that the VMA
 * is already write-locked. {@code mlock_pte_range()} is a {@code pmd_entry} in the kernel; its
 * per-PTE body is written as a {@code pte_entry} here, with {@code mlock_folio()} /
 * {@code munlock_folio()} and {@code lru_add_drain()} elided to comments.
 *
 * <p>Demonstrates: {@code walk.lock.mode} and {@code mmap.write.required} done right.
 */
public final class MlockVmaPagesRange {
  private MlockVmaPagesRange() {}

  static final long VM_LOCKED = 0x00002000L;
  static final long VM_IO = 0x00004000L;

  /**
   * The loop body of {@code mlock_pte_range()}, for one present or absent PTE, run under the PTE
   * lock. The walker has asserted the mmap write lock of {@code walk->mm} for this
   * {@code walk_lock} ({@code process_mm_walk_lock}), so {@code walk->vma} is stable: used as a
   * {@code PteEntry}, this method runs under that interface's contract
   * ({@code @RequiresVmaStable("walk.vma")}, atomic, its PTE locked).
   *
   * @param pte the entry
   * @param addr its address
   * @param next the end of the range it maps
   * @param walk the walk state
   * @return 0 to continue
   */
  static int mlock_pte_range(Pte pte, long addr, long next, MmWalk walk) {
    VmAreaStruct vma = walk.vma;
    long ptent = ptep_get(pte);
    if (!pte_present(ptent)) {
      return 0;
    }
    /* folio = vm_normal_folio(vma, addr, ptent); */
    if ((vma.vm_flags & VM_LOCKED) != 0) {
      /* mlock_folio(folio); */
    } else {
      /* munlock_folio(folio); */
    }
    return 0;
  }

  /**
   * {@code mlock_walk_ops}: {@code .pmd_entry = mlock_pte_range, .walk_lock =
   * PGWALK_WRLOCK_VERIFY}, with the loop body of {@code mlock_pte_range()} as {@code pte_entry}.
   */
  static final MmWalkOps mlock_walk_ops =
      new MmWalkOps(PageWalkLock.PGWALK_WRLOCK_VERIFY, MlockVmaPagesRange::mlock_pte_range);

  /**
   * Applies {@code newflags} to {@code vma} and mlocks or munlocks the pages of
   * {@code [start, end)}.
   *
   * @param vma the VMA; its mm is mmap-write-locked by the caller
   * @param start start of the range
   * @param end end of the range
   * @param newflags the new {@code vm_flags}
   */
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void mlock_vma_pages_range(VmAreaStruct vma, long start, long end, long newflags) {
    /*
     * There is a slight chance that concurrent page migration,
     * or page reclaim finding a page of this now-VM_LOCKED vma,
     * will call mlock_vma_folio() and raise page's mlock_count:
     * double counting, leaving the page unevictable indefinitely.
     * Communicate this danger to mlock_vma_folio() with VM_IO,
     * which is a VM_SPECIAL flag not allowed on VM_LOCKED vmas.
     * mmap_lock is held in write mode here, so this weird
     * combination should not be visible to other mmap_lock users;
     * but WRITE_ONCE so rmap walkers must see VM_IO if VM_LOCKED.
     */
    if ((newflags & VM_LOCKED) != 0) {
      newflags |= VM_IO;
    }
    vma_start_write(vma);
    vma.vm_flags = newflags; /* vm_flags_reset_once(vma, newflags) */

    /* lru_add_drain(); */
    walk_page_range(vma.vm_mm, start, end, mlock_walk_ops, null);
    /* lru_add_drain(); */

    if ((newflags & VM_IO) != 0) {
      newflags &= ~VM_IO;
      vma.vm_flags = newflags; /* vm_flags_reset_once(vma, newflags) */
    }
  }
}
