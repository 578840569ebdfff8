import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pagewalk.*;

// An install_pte in parentheses or behind a cast is still one.
class InstallPteWrapped {
  static int fill(long addr, long next, Ref<Long> ptep, MmWalk walk) {
    return 0;
  }

  static final MmWalkOps PAREN = new MmWalkOps((PageWalkLock.PGWALK_RDLOCK),
      (pte, addr, next, walk) -> 0, ((addr, next, ptep, walk) -> 0));
  static final MmWalkOps CAST = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK,
      (pte, addr, next, walk) -> 0, (InstallPte) InstallPteWrapped::fill);

  @MightSleep
  static void walks(MmStruct mm) {
    mmap_read_lock(mm);
    // :: error: [walk.install.public]
    walk_page_range(mm, 0, PAGE_SIZE, PAREN, null);
    // :: error: [walk.install.public]
    walk_page_range(mm, 0, PAGE_SIZE, CAST, null);
    mmap_read_unlock(mm);
  }
}
