import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.Pgtable.*;

public class KernelTablesOnlyBody {
  /** The method declares its pmd must be a kernel table: the body should be allowed to assume it. */
  @KernelTablesOnly("pmd")
  static void vmap_pte_range(Pmd pmd, long addr, long val) {
    Pte pte = pte_offset_kernel(pmd, addr);     // reported: "table of unknown origin"
    set_pte_at(init_mm, addr, pte, val);
  }
}
