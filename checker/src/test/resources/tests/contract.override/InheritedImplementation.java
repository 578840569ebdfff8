import org.mmlock.mm.*;
import org.mmlock.qual.*;
import static org.mmlock.mm.MmapLock.*;

// A method inherited from a superclass implements an interface method in the subclass: a call
// through the interface runs it under the interface's contract, so the two are compared there.
class InheritedImplementation {
  interface Lookup {
    long f(MmStruct mm);
  }

  static class Base {
    @RequiresMmapRead("mm")
    public long f(MmStruct mm) {
      return find_vma(mm, 0) == null ? 0 : 1;
    }
  }

  // :: error: [contract.override]
  static class Impl extends Base implements Lookup {
  }

  interface LockedLookup {
    @RequiresMmapRead("mm")
    long f(MmStruct mm);
  }

  // ok: contract.override (the interface requires what the inherited method does)
  static class Fine extends Base implements LockedLookup {
  }

  // ok: contract.override (the subclass declares its own f, compared at its declaration)
  static class Own extends Base implements Lookup {
    @Override
    public long f(MmStruct mm) {
      return 0;
    }
  }

  interface Other {
    void g();
  }

  // ok: contract.override (Impl, which implements Lookup already, is where f is compared)
  static class Sub extends Impl implements Other {
    public void g() {
    }
  }
}
