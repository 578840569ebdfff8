import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Kernel.*;
import static org.mmlock.mm.MmapLock.*;
import static org.mmlock.mm.Pagewalk.*;

// An ops local that a lambda or a local or anonymous class captures has the walk_lock of its
// initialiser, its only value: a PGWALK_RDLOCK walk there needs the mmap read lock only. A local
// given its value by assignment stays unknown (the strictest requirement).
class CapturedOps {
  static final MmWalkOps RD = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
  static final MmWalkOps WR = new MmWalkOps(PageWalkLock.PGWALK_WRLOCK, (pte, addr, next, walk) -> 0);

  // ok: mmap.write.required
  static int lambda(MmStruct mm) {
    MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
    java.util.function.IntSupplier s = () -> {
      mmap_read_lock(mm);
      int r = walk_page_range(mm, 0, PAGE_SIZE, ops, null);
      mmap_read_unlock(mm);
      return r;
    };
    return s.getAsInt();
  }

  // ok: mmap.write.required
  static int localClass(MmStruct mm) {
    final MmWalkOps ops = new MmWalkOps(PageWalkLock.PGWALK_RDLOCK, (pte, addr, next, walk) -> 0);
    class W {
      int go() {
        mmap_read_lock(mm);
        int r = walk_page_range(mm, 0, PAGE_SIZE, ops, null);
        mmap_read_unlock(mm);
        return r;
      }
    }
    return new W().go();
  }

  // ok: mmap.write.required
  static int anonymousClassOfStaticFinal(MmStruct mm) {
    MmWalkOps ops = RD;
    java.util.function.IntSupplier s = new java.util.function.IntSupplier() {
      @Override
      public int getAsInt() {
        mmap_read_lock(mm);
        int r = walk_page_range(mm, 0, PAGE_SIZE, ops, null);
        mmap_read_unlock(mm);
        return r;
      }
    };
    return s.getAsInt();
  }

  // the captured initialiser is a PGWALK_WRLOCK one: known, and it needs the write lock
  static int capturedWriteMode(MmStruct mm) {
    MmWalkOps ops = WR;
    java.util.function.IntSupplier s = () -> {
      mmap_read_lock(mm);
      // :: error: [mmap.write.required]
      int r = walk_page_range(mm, 0, PAGE_SIZE, ops, null);
      mmap_read_unlock(mm);
      return r;
    };
    return s.getAsInt();
  }

  // definitely assigned on two paths, not initialised: its value is not known
  static int assignedNotInitialised(MmStruct mm, boolean c) {
    final MmWalkOps ops;
    if (c) {
      ops = RD;
    } else {
      ops = WR;
    }
    java.util.function.IntSupplier s = () -> {
      mmap_read_lock(mm);
      // :: error: [mmap.write.required]
      // :: warning: [walk.ops.unknown]
      int r = walk_page_range(mm, 0, PAGE_SIZE, ops, null);
      mmap_read_unlock(mm);
      return r;
    };
    return s.getAsInt();
  }
}
