import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.Rmap.*;

// A lock taken where a local is non-null, and released under the same test (vma_prepare and
// vma_complete, take_rmap_locks and drop_rmap_locks): held iff the local is non-null.
class NullTestedLocal {
  static AnonVma lookup() {
    return null;
  }

  // ok: lock.leak, lock.release.not.held
  @MightSleep
  static void plainLocal() {
    AnonVma av = lookup();
    if (av != null) {
      anon_vma_lock_write(av);
    }
    if (av != null) {
      anon_vma_unlock_write(av);
    }
  }

  // ok: lock.leak, lock.release.not.held -- a local copied from a field
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void copiedFromField(VmAreaStruct vma, long start) {
    AnonVma anon_vma = vma.anon_vma;
    if (anon_vma != null) {
      anon_vma_lock_write(anon_vma);
    }
    vma.vm_start = start;
    if (anon_vma != null) {
      anon_vma_unlock_write(anon_vma);
    }
  }

  // ok: lock.leak, lock.release.not.held -- vma_prepare/vma_complete: the lock is taken through
  // a local read from the tested one, and released under the same test
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  static void throughTestedLocal(VmAreaStruct vma) {
    File file = vma.vm_file;
    AddressSpace mapping = null;
    if (file != null) {
      mapping = file.f_mapping;
      i_mmap_lock_write(mapping);
    }
    if (file != null) {
      i_mmap_unlock_write(mapping);
    }
  }

  // Released without the test: not held where the local is null.
  @MightSleep
  static void releasedWithoutTest() {
    AnonVma av = lookup();
    if (av != null) {
      anon_vma_lock_write(av);
    }
    // :: error: [lock.release.not.held]
    anon_vma_unlock_write(av);
  }

  // The local changed between the tests: the second test says nothing of the lock.
  @MightSleep
  // :: error: [lock.leak]
  static void localChanged() {
    AnonVma av = lookup();
    if (av != null) {
      anon_vma_lock_write(av);
    }
    av = lookup();
    if (av != null) {
      // :: error: [lock.release.not.held]
      anon_vma_unlock_write(av);
    }
  }

  // Limitation: a field tested twice may have changed in between (a callee may write it); copy it
  // to a local as copiedFromField does.
  @MightSleep
  @RequiresMmapWrite("vma.vm_mm")
  // :: error: [lock.leak]
  static void fieldTestedTwice(VmAreaStruct vma) {
    if (vma.anon_vma != null) {
      anon_vma_lock_write(vma.anon_vma);
    }
    if (vma.anon_vma != null) {
      // :: error: [lock.release.not.held]
      anon_vma_unlock_write(vma.anon_vma);
    }
  }
}
