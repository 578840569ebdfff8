package org.mmlock.checker.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Parses and resolves lock expressions ({@code "mm"}, {@code "#1"}, {@code "vma.vm_mm"},
 * {@code "#2.vm_file.f_mapping"}, {@code "this"}, {@code "init_mm"}, {@code "Kernel.init_mm"},
 * {@code "result"}, {@code "ptlp.get()"}) against a method's signature. Every segment must name a
 * field of the type before it, so a typo is caught where it is written.
 */
final class ExprParser {
  /** Thrown for an expression that does not parse or resolve; the message says why. */
  static final class Invalid extends Exception {
    Invalid(String why) {
      super(why);
    }
  }

  private final Elements elements;

  /** Each type's fields, looked up by name (see {@link #fieldsOf}). */
  private final Map<TypeElement, Fields> fields = new HashMap<>();

  ExprParser(Elements elements) {
    this.elements = elements;
  }

  LockExpr parse(String text, ExecutableElement method, boolean globalAllowed) throws Invalid {
    String t = text.trim();
    if (t.isEmpty()) {
      if (globalAllowed) {
        return LockExpr.global();
      }
      throw new Invalid("the expression is empty");
    }
    String[] parts = t.split("\\.", -1);
    for (String p : parts) {
      if (!p.equals("get()") && !isIdentifier(p) && !(p.startsWith("#") && p.length() > 1)) {
        throw new Invalid("'" + p + "' is not a name, a #N parameter position or get()");
      }
    }
    int next = 1;
    LockExpr.Root root;
    int param = -1;
    String staticName = null;
    TypeMirror type;
    String head = parts[0];
    if (head.startsWith("#")) {
      int n = parsePosition(head, method);
      root = LockExpr.Root.PARAM;
      param = n - 1;
      type = method.getParameters().get(param).asType();
    } else if (head.equals("this")) {
      if (method.getModifiers().contains(Modifier.STATIC)) {
        throw new Invalid("'this' in a static method");
      }
      root = LockExpr.Root.THIS;
      type = method.getEnclosingElement().asType();
    } else if (head.equals("result")) {
      if (method.getReturnType().getKind() == TypeKind.VOID) {
        throw new Invalid("'result' in a method that returns void");
      }
      root = LockExpr.Root.RESULT;
      type = method.getReturnType();
    } else if ((param = paramIndex(head, method)) >= 0) {
      root = LockExpr.Root.PARAM;
      type = method.getParameters().get(param).asType();
    } else {
      VariableElement field = staticField(parts, method);
      if (field == null) {
        throw new Invalid("'" + head + "' is not a parameter of " + method.getSimpleName()
            + "(), 'this', 'result' or a static field" + (ParamNames.unknown(method)
            ? " (its class file records no parameter names: compile it with -parameters, or write #N)"
            : ""));
      }
      root = LockExpr.Root.STATIC;
      staticName = field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
      type = field.asType();
      next = parts[0].equals(field.getSimpleName().toString()) ? 1 : 2;
    }
    List<String> selectors = new ArrayList<>();
    for (int i = next; i < parts.length; i++) {
      type = select(type, parts[i], parts, i);
      selectors.add(parts[i]);
    }
    return new LockExpr(root, param, staticName, selectors, t, type);
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isJavaIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int parsePosition(String head, ExecutableElement method) throws Invalid {
    if (!isPosition(head)) {
      throw new Invalid("'" + head + "' is not a parameter position (#1, #2, …)");
    }
    int n = Integer.parseInt(head.substring(1));
    if (n < 1 || n > method.getParameters().size()) {
      throw new Invalid("'" + head + "': " + method.getSimpleName() + "() has "
          + method.getParameters().size() + " parameter(s)");
    }
    return n;
  }

  /** {@code #} and a number from 1, as written in Java: no sign, no leading zero, at most 9 digits. */
  private static boolean isPosition(String head) {
    int digits = head.length() - 1;
    if (digits < 1 || digits > 9 || head.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < head.length(); i++) {
      if (head.charAt(i) < '0' || head.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int paramIndex(String name, ExecutableElement method) {
    return ParamNames.of(method).indexOf(name);
  }

  /** {@code init_mm} (a static field of the method's class or of Kernel) or {@code Class.field}. */
  private VariableElement staticField(String[] parts, ExecutableElement method) {
    TypeElement own = enclosingType(method);
    // a static field of the method's class or of a class around it, as Java names it
    for (TypeElement t = own; t != null; t = enclosingType(t.getEnclosingElement())) {
      VariableElement f = findField(t, parts[0], true);
      if (f != null) {
        return f;
      }
    }
    VariableElement f;
    TypeElement kernel = elements.getTypeElement(Names.API_PACKAGE + ".Kernel");
    f = kernel == null ? null : findField(kernel, parts[0], true);
    if (f != null || parts.length < 2) {
      return f;
    }
    TypeElement cls = elements.getTypeElement(Names.API_PACKAGE + "." + parts[0]);
    for (TypeElement t = own; cls == null && t != null; t = enclosingType(t.getEnclosingElement())) {
      if (t.getSimpleName().contentEquals(parts[0])) {
        cls = t; // Outer.field
      }
    }
    if (cls == null && own != null) {
      // a class of the same package: Other.field
      javax.lang.model.element.PackageElement pkg = elements.getPackageOf(own);
      String prefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".";
      cls = elements.getTypeElement(prefix + parts[0]);
    }
    return cls == null ? null : findField(cls, parts[1], true);
  }

  private static TypeElement enclosingType(Element e) {
    while (e != null && !(e instanceof TypeElement)) {
      e = e.getEnclosingElement();
    }
    return (TypeElement) e;
  }

  private VariableElement findField(TypeElement type, String name, boolean wantStatic) {
    Fields f = fields.get(type);
    if (f == null) {
      f = new Fields(type);
      fields.put(type, f);
    }
    return (wantStatic ? f.statics : f.instance).get(name);
  }

  /** A type's own fields by name, static and instance apart; the first of a name wins. */
  private static final class Fields {
    final Map<String, VariableElement> statics = new HashMap<>();
    final Map<String, VariableElement> instance = new HashMap<>();

    Fields(TypeElement type) {
      for (Element m : type.getEnclosedElements()) {
        if (m.getKind() == ElementKind.FIELD) {
          (m.getModifiers().contains(Modifier.STATIC) ? statics : instance)
              .putIfAbsent(Names.of(m.getSimpleName()), (VariableElement) m);
        }
      }
    }
  }

  /** The type of selecting {@code parts[i]} on {@code type}, the type of {@code parts[0..i)}. */
  private TypeMirror select(TypeMirror type, String sel, String[] parts, int i) throws Invalid {
    while (type instanceof javax.lang.model.type.TypeVariable) {
      type = ((javax.lang.model.type.TypeVariable) type).getUpperBound(); // <V extends VmAreaStruct>
    }
    if (!(type instanceof DeclaredType)) {
      throw new Invalid("'" + before(parts, i) + "' has type " + type + ", which has no member '" + sel + "'");
    }
    DeclaredType dt = (DeclaredType) type;
    TypeElement te = (TypeElement) dt.asElement();
    if (sel.equals("get()")) {
      if (!LockExpr.isMmType(dt, "Ref")) {
        throw new Invalid("get() applies to a Ref, and '" + before(parts, i) + "' is a " + te.getSimpleName());
      }
      if (dt.getTypeArguments().isEmpty()) {
        throw new Invalid("'" + before(parts, i) + "' is a raw Ref: give it a type argument (Ref<Spinlock>)");
      }
      return dt.getTypeArguments().get(0);
    }
    for (TypeElement t = te; t != null; t = superOf(t)) {
      VariableElement f = findField(t, sel, false);
      if (f != null) {
        return f.asType();
      }
    }
    throw new Invalid("'" + before(parts, i) + "' (a " + te.getSimpleName() + ") has no field '" + sel + "'");
  }

  private static String before(String[] parts, int i) {
    return String.join(".", java.util.Arrays.copyOf(parts, i));
  }

  private static TypeElement superOf(TypeElement t) {
    TypeMirror s = t.getSuperclass();
    return s instanceof DeclaredType ? (TypeElement) ((DeclaredType) s).asElement() : null;
  }
}
