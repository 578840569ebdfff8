import org.mmlock.mm.*;
import org.mmlock.qual.*;

// Parameter positions are written #1, #2, … and nothing else; a static field is named as Java
// names it from the method (its own class, a class around it, a class of the same package); a
// parameter of a bounded type has that bound's fields.
class ExpressionForms {
  static MmStruct outerMm;

  static final class Inner {
    // ok: contract.expression.invalid
    @RequiresMmapRead("outerMm")
    static void outerStatic() {
    }

    // ok: contract.expression.invalid
    @RequiresMmapRead("ExpressionForms.outerMm")
    static void outerQualified() {
    }
  }

  // ok: contract.expression.invalid
  @RequiresMmapRead("ExpressionFormsOther.mm")
  static void samePackage() {
  }

  // ok: contract.expression.invalid
  @RequiresMmapRead("v.vm_mm")
  static <V extends VmAreaStruct> void bounded(V v) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("#+1")
  static void plusSign(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @RequiresMmapRead("#01")
  static void leadingZero(MmStruct mm) {
  }

  // :: error: [contract.expression.invalid]
  @Requires(kind = LockKind.PTE_LOCK, on = "raw.get()")
  @SuppressWarnings("rawtypes")
  static void rawRef(Ref raw) {
  }
}

class ExpressionFormsOther {
  static MmStruct mm;
}
