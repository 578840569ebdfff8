package org.mmlock.checker;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
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
    return select(valueOf, expr, super::buildValueOfMethodAccess);
  }

  @Override
  public MemberSelectTree buildPrimValueMethodAccess(Tree expr) {
    return select(primValue, expr, super::buildPrimValueMethodAccess);
  }

  @Override
  public MemberSelectTree buildHasNextMethodAccess(ExpressionTree iterator) {
    return select(hasNext, iterator, e -> super.buildHasNextMethodAccess((ExpressionTree) e));
  }

  /**
   * {@code expr.m}, where {@code m} is the method {@code plain} selects on the type of
   * {@code expr}: found by {@code plain} the first time for that type, remembered in
   * {@code methods}.
   */
  private MemberSelectTree select(Map<Element, Symbol> methods, Tree expr,
      Function<Tree, MemberSelectTree> plain) {
    Element type = ((DeclaredType) TreeUtils.typeOf(expr)).asElement();
    Symbol m = methods.get(type);
    if (m == null) {
      MemberSelectTree first = plain.apply(expr);
      methods.put(type, ((JCTree.JCFieldAccess) first).sym);
      return first;
    }
    JCTree.JCFieldAccess access = TreeUtils.Select(maker, expr, m);
    access.setType(m.asType());
    return access;
  }
}
