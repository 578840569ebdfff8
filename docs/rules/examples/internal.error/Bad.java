import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Rcu.*;
import static org.mmlock.mm.Rmap.*;
import static org.mmlock.mm.Pgtable.*;
import static org.mmlock.mm.Pagewalk.*;
import static org.mmlock.mm.Hugetlb.*;

class Odd {
  // :: error: [internal.error]
  static long walk(MmStruct mm, long addr) {   // ERROR: [internal.error] (a checker bug)
    // ... code that triggers the failure ...
    return 0;
  }
}
