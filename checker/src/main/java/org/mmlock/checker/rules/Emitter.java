package org.mmlock.checker.rules;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Prints diagnostics through javac: {@code [key] text}, the text from
 * {@code messages.properties} (one entry per rule key), unless a {@code @SuppressWarnings} on an
 * enclosing declaration names {@code mmlock}, {@code mmlock:KEY} or the bare {@code KEY}.
 */
public final class Emitter {
  /** The prefix of suppression strings: {@code @SuppressWarnings("mmlock:KEY")}. */
  public static final String PREFIX = "mmlock";

  /** The message texts, loaded with the first diagnostic: a clean compilation never reads them. */
  private static final class Text {
    static final Properties OF = load();
  }

  private final Trees trees;
  private CompilationUnitTree root;

  public Emitter(Trees trees) {
    this.trees = trees;
  }

  /** The compilation unit the next diagnostics are in. */
  public void setRoot(CompilationUnitTree root) {
    this.root = root;
  }

  /** The message text of {@code key} (its {@code %n$s} placeholders unfilled); null if none. */
  public static String textOf(String key) {
    return Text.OF.getProperty(key);
  }

  void emit(Diagnostic.Kind kind, Tree tree, String key, Object... args) {
    if (suppressed(tree, key)) {
      return;
    }
    String text = textOf(key);
    String message = ValueText.resolve("[" + key + "] " + (text == null ? key : String.format(text, args)), root);
    trees.printMessage(kind, message, tree, root);
  }

  private boolean suppressed(Tree tree, String key) {
    for (TreePath p = TreePath.getPath(root, tree); p != null; p = p.getParentPath()) {
      switch (p.getLeaf().getKind()) {
        case VARIABLE:
        case METHOD:
        case CLASS:
        case INTERFACE:
        case ENUM:
        case RECORD:
        case ANNOTATION_TYPE:
          if (suppresses(trees.getElement(p), key)) {
            return true;
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean suppresses(Element e, String key) {
    SuppressWarnings sw = e == null ? null : e.getAnnotation(SuppressWarnings.class);
    if (sw == null) {
      return false;
    }
    for (String s : sw.value()) {
      if (s.equals(PREFIX) || s.equals(PREFIX + ":" + key) || s.equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Emitter.class.getResourceAsStream("/org/mmlock/checker/messages.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
