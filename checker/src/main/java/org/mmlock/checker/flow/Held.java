package org.mmlock.checker.flow;

import java.util.Objects;
import org.mmlock.qual.LockKind;

/**
 * One lock in the store: its class and the access path of the object locked, the mode, and how
 * sure we are. {@code maybe} means held on some paths only; {@code cond} makes it conditional on
 * a value: {@code "nn:P"} held iff path P is non-null, {@code "t:x"}/{@code "f:x"} held iff the
 * boolean local x is true/false. Immutable.
 */
public final class Held {
  public final LockClass cls;
  public final String path;
  public final Mode mode;
  /** The kind it was taken as, for messages (PTL vs PMDL). */
  public final LockKind kind;
  public final boolean maybe;
  public final String cond;
  /** For a VMA write lock: the mm whose mmap write lock releases it. */
  public final String mm;
  /** Source line of the acquisition (the earliest, after a join). */
  public final int line;
  private final String key;
  /**
   * For a lock made definite by a test of its condition ({@code "nn:P"}, {@code "t:x"}): that
   * condition. A hint for the join, which can give the lock its condition back where the other
   * path has the lock released by the test's other outcome (see {@code LockStore}); it takes no
   * part in equality.
   */
  final String resolved;
  /**
   * For a lock held for write on one path and for read on another, where a boolean local tells
   * the two apart ({@code if (write) mmap_write_lock(mm); else mmap_read_lock(mm);}, or a
   * downgrade recorded in a boolean): where it is held for write ({@code "t:x"}, {@code "f:x"});
   * null otherwise. Held in {@code mode} (read or downgraded) where that condition is not known
   * to hold; a test of x settles the mode. {@link #SOME_PATHS} where no local tells the paths
   * apart (a {@code switch}, a test of an int).
   */
  public final String writeIf;

  /**
   * {@link #writeIf} of a lock held for write on some paths and for read (or downgraded) on
   * others, where nothing in the store tells which: no test settles its mode.
   */
  public static final String SOME_PATHS = "?";

  public Held(LockClass cls, String path, Mode mode, LockKind kind, boolean maybe, String cond,
      String mm, int line) {
    this(cls, path, mode, kind, maybe, cond, mm, line, key(cls, path), null, null);
  }

  /** As the public constructor, with the key of {@code cls} and {@code path} already made. */
  private Held(LockClass cls, String path, Mode mode, LockKind kind, boolean maybe, String cond,
      String mm, int line, String key, String resolved, String writeIf) {
    this.cls = cls;
    this.path = path;
    this.mode = mode;
    this.kind = kind;
    this.maybe = maybe;
    this.cond = cond;
    this.mm = mm;
    this.line = line;
    this.key = key;
    this.resolved = resolved;
    this.writeIf = writeIf;
  }

  /** The store key: class and path. */
  public static String key(LockClass cls, String path) {
    return cls.name() + " " + path;
  }

  public String key() {
    return key;
  }

  /** Held on every path, unconditionally. */
  public boolean definite() {
    return !maybe && cond == null;
  }

  public Held withMaybe() {
    return maybe ? this : new Held(cls, path, mode, kind, true, cond, mm, line, key, null, writeIf);
  }

  /** This lock, held in mode {@code m} on every path where it is held. */
  public Held withMode(Mode m) {
    return new Held(cls, path, m, kind, maybe, cond, mm, line, key, resolved, null);
  }

  public Held withCond(String c) {
    return new Held(cls, path, mode, kind, maybe, c, mm, line, key, null, writeIf);
  }

  /**
   * This lock, held for write where {@code c} holds and elsewhere in its mode (read, or
   * downgraded to read).
   */
  Held withWriteIf(String c) {
    return new Held(cls, path, mode == Mode.WRITE ? Mode.READ : mode, kind, maybe, cond, mm, line,
        key, resolved, c);
  }

  /** This lock, held unconditionally now that its condition {@code cond} was found true. */
  Held resolve(String cond) {
    return new Held(cls, path, mode, kind, maybe, null, mm, line, key, cond, writeIf);
  }

  /** This lock on path {@code p}, its conditions and mm renamed alike. */
  public Held withPath(String p, String newCond, String newMm, String newWriteIf) {
    return new Held(cls, p, mode, kind, maybe, newCond, newMm, line, key(cls, p), null, newWriteIf);
  }

  Held join(Held o) {
    if (equals(o)) {
      return this; // what the join below would make anew
    }
    boolean m = maybe || o.maybe || !Objects.equals(cond, o.cond);
    String c = Objects.equals(cond, o.cond) ? cond : null;
    return new Held(cls, path, mode.join(o.mode), kind, m, c, Objects.equals(mm, o.mm) ? mm : null,
        Math.min(line, o.line), key, Objects.equals(resolved, o.resolved) ? resolved : null,
        joinWriteIf(o));
  }

  /**
   * Where the join of this lock and {@code o} is held for write: as both say when they agree,
   * nowhere when neither is held for write anywhere, else on some paths ({@link #SOME_PATHS}).
   * The store's join names a boolean instead where one tells the paths apart.
   */
  private String joinWriteIf(Held o) {
    if (Objects.equals(writeIf, o.writeIf) && (writeIf != null || mode == o.mode)) {
      return writeIf;
    }
    boolean write = writeIf != null || o.writeIf != null || mode == Mode.WRITE || o.mode == Mode.WRITE;
    return write && mode.join(o.mode) != Mode.WRITE ? SOME_PATHS : null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Held)) {
      return false;
    }
    Held h = (Held) o;
    return cls == h.cls && path.equals(h.path) && mode == h.mode && kind == h.kind
        && maybe == h.maybe && Objects.equals(cond, h.cond) && Objects.equals(mm, h.mm)
        && line == h.line && Objects.equals(writeIf, h.writeIf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cls, path, mode, maybe, cond, line);
  }
}
