package org.mmlock.checker;

import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.checkerframework.dataflow.cfg.node.MarkerNode;

/**
 * Arithmetic the analysis cannot learn anything from, which the CFG builder may keep as one
 * opaque value instead of a node per operator, operand and promotion.
 *
 * <p>An expression is opaque when it is built only of numeric literals, numeric local variables
 * and parameters, parentheses, and the arithmetic, shift, bitwise, comparison and logical
 * operators ({@code addr % 17 == 1}, {@code acc * 31 + (val & 0xfff)}). It calls nothing, reads
 * no field and assigns nothing, so no rule is checked inside it and it changes no fact; a
 * comparison in it compares numbers, never a reference with {@code null} or {@code init_mm};
 * and it names no constant, so it is never the {@code vm_flags & VM_MAYSHARE} test. Whatever it
 * is compared with, the store flows through it unchanged, as through its operators.
 */
final class Arithmetic {
  private Arithmetic() {}

  /** Whether {@code t} is opaque (see the class comment). */
  static boolean opaque(Tree t) {
    JCTree e = (JCTree) t;
    switch (e.getTag()) {
      case PARENS:
        return opaque(((JCTree.JCParens) e).expr);
      case LITERAL:
        return numeric(e.type);
      case IDENT:
        Symbol s = ((JCTree.JCIdent) e).sym;
        return s != null && (s.getKind() == ElementKind.LOCAL_VARIABLE || s.getKind() == ElementKind.PARAMETER)
            && numeric(s.type);
      case NEG:
      case POS:
      case COMPL:
      case NOT:
        return primitive(e.type) && opaque(((JCTree.JCUnary) e).arg);
      case OR: case AND: case BITOR: case BITXOR: case BITAND:
      case EQ: case NE: case LT: case GT: case LE: case GE:
      case SL: case SR: case USR: case PLUS: case MINUS: case MUL: case DIV: case MOD:
        JCTree.JCBinary b = (JCTree.JCBinary) e;
        return primitive(e.type) && opaque(b.lhs) && opaque(b.rhs);
      default:
        return false;
    }
  }

  private static boolean numeric(Type t) {
    return t != null && t.isPrimitive() && t.getKind() != javax.lang.model.type.TypeKind.BOOLEAN;
  }

  private static boolean primitive(Type t) {
    return t != null && t.isPrimitive();
  }

  /**
   * An opaque expression's value in the CFG: one node, of the expression's type, which the
   * transfer function passes the store through (it is visited as a marker).
   */
  static final class ValueNode extends MarkerNode {
    private final TypeMirror valueType;

    ValueNode(Tree tree, Types types) {
      super(tree, "value", types);
      this.valueType = ((JCTree) tree).type;
    }

    @Override
    public TypeMirror getType() {
      return valueType;
    }

    @Override
    public String toString() {
      return "value(" + tree + ")";
    }
  }
}
