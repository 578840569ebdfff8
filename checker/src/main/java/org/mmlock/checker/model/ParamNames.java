package org.mmlock.checker.model;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.tools.JavaFileObject;

/**
 * The parameter names a contract expression may use. A method compiled from source has them; for a
 * method read from a class file javac keeps them only when asked to for every class it reads
 * (annotation processing or {@code -parameters}), which costs a plain compilation about 2 % of
 * its time and a tenth more memory. mmlock instead reads the names of the few methods whose
 * contracts name a parameter from their class file, as javac would: the {@code MethodParameters}
 * attribute, else the local variable table. Without either the names stay javac's
 * {@code arg0, arg1, …}.
 */
public final class ParamNames {
  /** Per class symbol: "name descriptor" → parameter names. Weak: a compilation's symbols go. */
  private static final Map<Symbol.ClassSymbol, Map<String, List<String>>> CLASSES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ParamNames() {}

  /** The names of {@code m}'s parameters. */
  public static List<String> of(ExecutableElement m) {
    List<String> javac = javacNames(m);
    if (!synthetic(javac) || !fromClassFile(m)) {
      return javac;
    }
    Symbol.MethodSymbol sym = (Symbol.MethodSymbol) m;
    Map<String, List<String>> names = CLASSES.get(sym.enclClass());
    if (names == null) {
      names = read(sym.enclClass());
      CLASSES.put(sym.enclClass(), names);
    }
    List<String> read = names.get(key(sym));
    return read != null && read.size() == javac.size() ? read : javac;
  }

  /** Whether {@code m} was read from a class file whose parameter names are unknown. */
  public static boolean unknown(ExecutableElement m) {
    return synthetic(of(m)) && fromClassFile(m);
  }

  /** Whether {@code m} was read from a class file (its declaration is not being compiled). */
  public static boolean fromClassFile(ExecutableElement m) {
    if (!(m instanceof Symbol.MethodSymbol)) {
      return false;
    }
    Symbol.ClassSymbol owner = ((Symbol.MethodSymbol) m).enclClass();
    return owner != null && owner.classfile != null
        && owner.classfile.getKind() == JavaFileObject.Kind.CLASS;
  }

  private static List<String> javacNames(ExecutableElement m) {
    List<String> names = new ArrayList<>();
    for (VariableElement p : m.getParameters()) {
      names.add(Names.of(p.getSimpleName()));
    }
    return names;
  }

  /** javac's names for parameters it has no names for: arg0, arg1, … */
  private static boolean synthetic(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).equals("arg" + i)) {
        return false;
      }
    }
    return !names.isEmpty();
  }

  private static String key(Symbol.MethodSymbol m) {
    StringBuilder d = new StringBuilder(Names.of(m.name)).append(" (");
    for (Type t : m.type.getParameterTypes()) {
      descriptor(t, d);
    }
    return d.append(')').toString();
  }

  /** The descriptor of {@code t}'s erasure. */
  private static void descriptor(Type t, StringBuilder d) {
    if (t instanceof Type.IntersectionClassType) {
      descriptor(((Type.IntersectionClassType) t).getComponents().get(0), d);
      return;
    }
    switch (t.getTag()) {
      case BYTE: d.append('B'); break;
      case CHAR: d.append('C'); break;
      case DOUBLE: d.append('D'); break;
      case FLOAT: d.append('F'); break;
      case INT: d.append('I'); break;
      case LONG: d.append('J'); break;
      case SHORT: d.append('S'); break;
      case BOOLEAN: d.append('Z'); break;
      case ARRAY:
        d.append('[');
        descriptor(((Type.ArrayType) t).elemtype, d);
        break;
      case TYPEVAR:
        descriptor(t.getUpperBound(), d);
        break;
      default:
        if (t.tsym instanceof Symbol.ClassSymbol) {
          d.append('L').append(((Symbol.ClassSymbol) t.tsym).flatname.toString().replace('.', '/'))
              .append(';');
        } else {
          d.append('?'); // matches no class file method: javac's names stay
        }
        break;
    }
  }

  /** The parameter names of every method of {@code c}'s class file (none if it cannot be read). */
  private static Map<String, List<String>> read(Symbol.ClassSymbol c) {
    try (InputStream in = c.classfile.openInputStream()) {
      return new ClassFileNames(new DataInputStream(new java.io.BufferedInputStream(in))).methods();
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /** Just enough of the class file format (JVMS §4) to find parameter names. */
  private static final class ClassFileNames {
    private final DataInputStream in;
    private String[] utf8;

    ClassFileNames(DataInputStream in) {
      this.in = in;
    }

    Map<String, List<String>> methods() throws IOException {
      if (in.readInt() != 0xCAFEBABE) {
        return Map.of();
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      constantPool();
      in.readUnsignedShort();
      in.readUnsignedShort();
      in.readUnsignedShort();
      skip(in.readUnsignedShort() * 2);
      int fields = in.readUnsignedShort();
      for (int i = 0; i < fields; i++) {
        skip(6);
        skipAttributes();
      }
      Map<String, List<String>> out = new HashMap<>();
      int methods = in.readUnsignedShort();
      for (int i = 0; i < methods; i++) {
        int access = in.readUnsignedShort();
        String name = utf8[in.readUnsignedShort()];
        String desc = utf8[in.readUnsignedShort()];
        List<String> names = methodAttributes((access & 0x0008) != 0, desc);
        if (names != null) {
          out.put(name + " " + desc.substring(0, desc.indexOf(')') + 1), names);
        }
      }
      return out;
    }

    private void constantPool() throws IOException {
      int n = in.readUnsignedShort();
      utf8 = new String[n];
      for (int i = 1; i < n; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1: utf8[i] = in.readUTF(); break;
          case 7: case 8: case 16: case 19: case 20: skip(2); break;
          case 15: skip(3); break;
          case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18: skip(4); break;
          case 5: case 6: skip(8); i++; break;
          default: throw new IOException("constant pool tag " + tag);
        }
      }
    }

    /** A method's names: MethodParameters, else the local variable table's slots at pc 0. */
    private List<String> methodAttributes(boolean isStatic, String desc) throws IOException {
      List<String> fromParameters = null;
      List<String> fromTable = null;
      int count = in.readUnsignedShort();
      for (int i = 0; i < count; i++) {
        String name = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (name.equals("MethodParameters")) {
          int n = in.readUnsignedByte();
          fromParameters = new ArrayList<>();
          for (int j = 0; j < n; j++) {
            int index = in.readUnsignedShort();
            in.readUnsignedShort();
            fromParameters.add(index == 0 ? null : utf8[index]);
          }
        } else if (name.equals("Code")) {
          fromTable = code(isStatic, desc);
        } else {
          skip(length);
        }
      }
      return fromParameters != null && !fromParameters.contains(null) ? fromParameters : fromTable;
    }

    private List<String> code(boolean isStatic, String desc) throws IOException {
      skip(4);
      skip(in.readInt());
      skip(in.readUnsignedShort() * 8);
      List<String> names = null;
      int count = in.readUnsignedShort();
      for (int i = 0; i < count; i++) {
        String name = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (name.equals("LocalVariableTable")) {
          names = localVariables(isStatic, desc);
        } else {
          skip(length);
        }
      }
      return names;
    }

    private List<String> localVariables(boolean isStatic, String desc) throws IOException {
      List<Integer> slots = parameterSlots(isStatic, desc);
      String[] names = new String[slots.size()];
      int n = in.readUnsignedShort();
      for (int i = 0; i < n; i++) {
        int start = in.readUnsignedShort();
        in.readUnsignedShort();
        String name = utf8[in.readUnsignedShort()];
        in.readUnsignedShort();
        int slot = slots.indexOf(in.readUnsignedShort());
        if (start == 0 && slot >= 0) {
          names[slot] = name;
        }
      }
      List<String> out = java.util.Arrays.asList(names);
      return out.contains(null) ? null : out;
    }

    /** The local variable slot of each parameter in descriptor {@code desc}. */
    private static List<Integer> parameterSlots(boolean isStatic, String desc) {
      List<Integer> slots = new ArrayList<>();
      int slot = isStatic ? 0 : 1;
      for (int i = 1; desc.charAt(i) != ')'; i++) {
        slots.add(slot);
        int start = i;
        while (desc.charAt(i) == '[') {
          i++;
        }
        char c = desc.charAt(i);
        if (c == 'L') {
          i = desc.indexOf(';', i);
        }
        slot += i == start && (c == 'J' || c == 'D') ? 2 : 1;
      }
      return slots;
    }

    private void skipAttributes() throws IOException {
      int n = in.readUnsignedShort();
      for (int i = 0; i < n; i++) {
        skip(2);
        skip(in.readInt());
      }
    }

    private void skip(int n) throws IOException {
      in.skipNBytes(n);
    }
  }
}
