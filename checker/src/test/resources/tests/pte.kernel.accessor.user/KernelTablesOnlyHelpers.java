import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.Pgtable.*;

// A helper declaring @KernelTablesOnly (the annotation's own example): its body may use the
// kernel accessors on that table; its callers must pass a kernel table.
class KernelTablesOnlyHelpers {
  @KernelTablesOnly("pmd")
  static Pte kernel_pte(Pmd pmd, long addr) {
    return pte_offset_kernel(pmd, addr);
  }

  @KernelTablesOnly("pmd")
  static void otherTable(Pmd pmd, Pmd other, long addr) {
    // :: error: [pte.kernel.accessor.user]
    pte_offset_kernel(other, addr);
  }

  @RequiresMmapRead("mm")
  static void callers(MmStruct mm, long addr) {
    Pmd k = pmd_offset(pud_offset(p4d_offset(pgd_offset(init_mm, addr), addr), addr), addr);
    kernel_pte(k, addr);
    Pmd u = pmd_offset(pud_offset(p4d_offset(pgd_offset(mm, addr), addr), addr), addr);
    // :: error: [pte.kernel.accessor.user]
    kernel_pte(u, addr);
  }
}
