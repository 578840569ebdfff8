package org.mmlock.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import org.checkerframework.javacutil.TreeUtils;
import org.checkerframework.javacutil.trees.TreeBuilder;

/**
 * The tree builder the CFG builder uses for the calls it makes explicit: boxing
 * ({@code Long.valueOf}), unboxing ({@code longValue()}) and an iterator's {@code hasNext()}.
 * The plain builder finds the method by listing every member of the type, each time; the method
 * of a type cannot change within a compilation, so it is looked up once per type and the
 * selection is built from it, with the method's own type, as the plain builder builds it.
 */
final class CfgTreeBuilder extends TreeBuilder {
  private final Map<Element, Symbol> valueOf = new HashMap<>();
  private final Map<Element, Symbol> primValue = new HashMap<>();
  private final Map<Element, Symbol> hasNext = new HashMap<>();

  CfgTreeBuilder(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  public MemberSelectTree buildValueOfMethodAccess(Tree expr) {
    MemberSelectTree known = known(valueOf, expr);
    return known != null ? known : remember(valueOf, expr, super.buildValueOfMethodAccess(expr));
  }

  @Override
  public MemberSelectTree buildPrimValueMethodAccess(Tree expr) {
    MemberSelectTree known = known(primValue, expr);
    return known != null ? known : remember(primValue, expr, super.buildPrimValueMethodAccess(expr));
  }

  @Override
  public MemberSelectTree buildHasNextMethodAccess(ExpressionTree iterator) {
    MemberSelectTree known = known(hasNext, iterator);
    return known != null ? known : remember(hasNext, iterator, super.buildHasNextMethodAccess(iterator));
  }

  /**
   * {@code expr.m}, where {@code m} is the method the framework's builder found the first time
   * for the type of {@code expr} ({@link #remember}); null the first time.
   */
  private MemberSelectTree known(Map<Element, Symbol> methods, Tree expr) {
    Symbol m = methods.get(typeOf(expr));
    if (m == null) {
      return null;
    }
    JCTree.JCFieldAccess access = TreeUtils.Select(maker, expr, m);
    access.setType(m.asType());
    return access;
  }

  /** Remembers the method of {@code first}, the framework's {@code expr.m}, for the type of {@code expr}. */
  private static MemberSelectTree remember(Map<Element, Symbol> methods, Tree expr, MemberSelectTree first) {
    methods.put(typeOf(expr), ((JCTree.JCFieldAccess) first).sym);
    return first;
  }

  private static Element typeOf(Tree expr) {
    return ((DeclaredType) TreeUtils.typeOf(expr)).asElement();
  }
}
