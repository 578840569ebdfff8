import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

public class DoWpPage {
  static final int VM_FAULT_OOM = 1, VM_FAULT_WRITE = 2;
  static final long _PAGE_RW = 2, _PAGE_DIRTY = 0x40;

  @MightSleep static long folio_prealloc(MmStruct mm, VmAreaStruct vma, long address) { return 0x1000; }
  static boolean wp_can_reuse_anon_folio(long pte) { return (pte & 0x800) != 0; }

  /** wp_page_reuse(): PTE lock held; makes the entry writable and unlocks. */
  @RequiresVmaStable("vma")
  @Releases(kind = LockKind.PTE_LOCK, on = "ptl")
  @UnmapsPte("pte")
  static int wp_page_reuse(VmAreaStruct vma, long address, @PteLocked Pte pte, Spinlock ptl, long orig_pte) {
    long entry = orig_pte | _PAGE_DIRTY | _PAGE_RW; /* maybe_mkwrite(pte_mkdirty(pte_mkyoung())) */
    set_pte_at(vma.vm_mm, address, pte, entry); /* ptep_set_access_flags */
    pte_unmap_unlock(pte, ptl);
    return VM_FAULT_WRITE;
  }

  /** wp_page_copy(): called with nothing held but the mmap/VMA lock. */
  @RequiresVmaStable("vma")
  @MightSleep
  static int wp_page_copy(VmAreaStruct vma, Pmd pmd, long address, long orig_pte) {
    MmStruct mm = vma.vm_mm;
    long new_folio = folio_prealloc(mm, vma, address);
    if (new_folio == 0) return VM_FAULT_OOM;

    /* Re-check the pte - we dropped the lock */
    Ref<Spinlock> ptl = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, address, ptl);
    if (pte != null && pte_same(ptep_get(pte), orig_pte)) {
      long entry = new_folio | _PAGE_RW | _PAGE_DIRTY; /* mk_pte + maybe_mkwrite */
      ptep_get_and_clear(mm, address, pte); /* ptep_clear_flush */
      set_pte_at(mm, address, pte, entry);
    } else if (pte != null) {
      /* update_mmu_tlb(vma, address, pte) */
    }
    if (pte != null) {
      pte_unmap_unlock(pte, ptl.get());
    }
    return VM_FAULT_WRITE;
  }

  /** do_wp_page(): entered with the PTE mapped and locked by handle_pte_fault(). */
  @RequiresVmaStable("vma")
  @Releases(kind = LockKind.PTE_LOCK, on = "ptl")
  @UnmapsPte("pte")
  @MightSleep
  static int do_wp_page(VmAreaStruct vma, Pmd pmd, long address, @PteLocked Pte pte, Spinlock ptl, long orig_pte) {
    if (wp_can_reuse_anon_folio(orig_pte)) {
      return wp_page_reuse(vma, address, pte, ptl, orig_pte);
    }
    pte_unmap_unlock(pte, ptl);
    return wp_page_copy(vma, pmd, address, orig_pte);
  }

  /** handle_pte_fault() tail, classic (pte_offset_map_lock) form. */
  @RequiresVmaStable("vma")
  @MightSleep
  static int handle_pte_fault(VmAreaStruct vma, Pmd pmd, long address, boolean write) {
    MmStruct mm = vma.vm_mm;
    Ref<Spinlock> ptlp = new Ref<>();
    Pte pte = pte_offset_map_lock(mm, pmd, address, ptlp);
    if (pte == null) return 0;
    long entry = ptep_get(pte);
    if (write && (entry & _PAGE_RW) == 0) {
      return do_wp_page(vma, pmd, address, pte, ptlp.get(), entry);
    }
    pte_unmap_unlock(pte, ptlp.get());
    return 0;
  }
}
