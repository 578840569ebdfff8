package org.mmlock.checker.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.checkerframework.dataflow.analysis.Store;
import org.checkerframework.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.dataflow.expression.JavaExpression;

/**
 * The abstract state at one program point: locks held (per class and access path), the global
 * RCU and walker depths as [min, max] ranges, PTE pointer states, nullness of API results, local
 * aliases of access paths, page-table provenance, known mm kinds, and values read from PMDs and
 * PTEs (for revalidation). Maps are sorted so that iteration, and so every message, is
 * deterministic.
 *
 * <p>Lattice: a lock held on one path only becomes "maybe held"; RCU ranges widen; facts that
 * disagree are dropped. Depth ranges are capped, so every chain is finite.
 */
public final class LockStore implements Store<LockStore> {
  static final int DEPTH_CAP = 3;

  private final Cow<Held> locks;
  int rcuMin;
  int rcuMax;
  int walkerMin;
  int walkerMax;
  private final Cow<PteState> ptes;
  private final Cow<Nullness> nulls;
  private final Cow<String> aliases;
  private final Cow<TableFact> tables;
  private final Cow<MmKind> mmKinds;
  private final Cow<String> values;
  /** VMA path -> "SHARED" / "PRIVATE" ({@code VM_MAYSHARE} tests, {@code @SharedMapping}). */
  private final Cow<String> shares;
  /** MmWalkOps path -> "WALK_LOCK install" ({@code PGWALK_RDLOCK false}). */
  private final Cow<String> ops;
  boolean atomicEntry;
  /** Disjunctive requirements assumed on entry ({@code @RequiresAny}): each a list of alternatives. */
  List<List<Held>> entryAny;

  public LockStore() {
    this(new Cow<>(), new Cow<>(), new Cow<>(), new Cow<>(), new Cow<>(), new Cow<>(), new Cow<>(),
        new Cow<>(), new Cow<>());
    entryAny = List.of();
  }

  private LockStore(Cow<Held> locks, Cow<PteState> ptes, Cow<Nullness> nulls, Cow<String> aliases,
      Cow<TableFact> tables, Cow<MmKind> mmKinds, Cow<String> values, Cow<String> shares,
      Cow<String> ops) {
    this.locks = locks;
    this.ptes = ptes;
    this.nulls = nulls;
    this.aliases = aliases;
    this.tables = tables;
    this.mmKinds = mmKinds;
    this.values = values;
    this.shares = shares;
    this.ops = ops;
  }

  // ---- queries -------------------------------------------------------------------------

  public Held lock(LockClass c, String path) {
    return locks.get(Held.key(c, path));
  }

  public Iterable<Held> locks() {
    return locks.read().values();
  }

  public PteState pte(String path) {
    return ptes.get(path);
  }

  public Map<String, PteState> ptes() {
    return ptes.read();
  }

  public Nullness nullness(String path) {
    return nulls.get(path);
  }

  public String alias(String path) {
    return aliases.isEmpty() ? null : aliases.get(path);
  }

  public Map<String, String> aliases() {
    return aliases.read();
  }

  public TableFact table(String path) {
    return tables.get(path);
  }

  public MmKind mmKind(String path) {
    return mmKinds.get(path);
  }

  public String value(String path) {
    return values.get(path);
  }

  public String sharing(String vma) {
    return shares.get(vma);
  }

  public String ops(String path) {
    return ops.get(path);
  }

  public int rcuMin() {
    return rcuMin;
  }

  public int rcuMax() {
    return rcuMax;
  }

  public int walkerMin() {
    return walkerMin;
  }

  public int walkerMax() {
    return walkerMax;
  }

  public List<List<Held>> entryAny() {
    return entryAny;
  }

  /** Atomic context: a spinlock, RCU, the walker lock or a mapped PTE, on some path. */
  public boolean isAtomic() {
    if (atomicEntry || rcuMax > 0 || walkerMax > 0) {
      return true;
    }
    for (Held h : locks.raw().values()) {
      if (h.cls == LockClass.SPIN) {
        return true;
      }
    }
    for (PteState p : ptes.raw().values()) {
      if (p.mayBeMapped()) {
        return true;
      }
    }
    return false;
  }

  /** Inside RCU on every path: an RCU section or a PTE mapped on every path. */
  public boolean rcuHeld() {
    if (rcuMin > 0) {
      return true;
    }
    for (PteState p : ptes.raw().values()) {
      if (p.isMapping() && p.status == PteState.Status.MAPPED) {
        return true;
      }
    }
    return false;
  }

  // ---- updates (on a copy) -----------------------------------------------------------

  public void put(Held h) {
    locks.write().put(h.key(), h);
  }

  public void remove(LockClass c, String path) {
    if (locks.get(Held.key(c, path)) != null) {
      locks.write().remove(Held.key(c, path));
    }
  }

  public void putPte(String path, PteState s) {
    ptes.write().put(path, s);
  }

  public void removePte(String path) {
    if (ptes.get(path) != null) {
      ptes.write().remove(path);
    }
  }

  public void setNullness(String path, Nullness n) {
    nulls.write().put(path, n);
  }

  public void setAlias(String path, String to) {
    aliases.write().put(path, to);
  }

  public void setTable(String path, TableFact f) {
    tables.write().put(path, f);
  }

  public void setMmKind(String path, MmKind k) {
    mmKinds.write().put(path, k);
  }

  public void setValue(String path, String v) {
    values.write().put(path, v);
  }

  public void setSharing(String vma, String v) {
    shares.write().put(vma, v);
  }

  public void setOps(String path, String v) {
    ops.write().put(path, v);
  }

  public void setAtomicEntry(boolean a) {
    atomicEntry = a;
  }

  public void setEntryAny(List<List<Held>> any) {
    entryAny = List.copyOf(any);
  }

  public void addRcu(int delta) {
    rcuMin = clamp(rcuMin + delta);
    rcuMax = clamp(rcuMax + delta);
  }

  public void addWalker(int delta) {
    walkerMin = clamp(walkerMin + delta);
    walkerMax = clamp(walkerMax + delta);
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(DEPTH_CAP, v));
  }

  /**
   * Renames every fact about {@code from} (and paths under it) to {@code to}. Used when a call
   * result is stored into a local, and, with a primed name, when a local is overwritten: the old
   * object's locks stay held but can no longer be named. Maps that mention nothing under
   * {@code from} are left untouched (and unshared).
   */
  public void renameRoot(String from, String to) {
    UnaryOperator<String> f = p -> rename(p, from, to);
    if (anyHeldUnder(from)) {
      List<Held> held = new ArrayList<>(locks.raw().values());
      TreeMap<String, Held> m = locks.write();
      m.clear();
      for (Held h : held) {
        Held r = h.withPath(f.apply(h.path), renameCond(h.cond, from, to), f.apply(h.mm));
        m.put(r.key(), r);
      }
    }
    renameKeys(ptes, from, f, s -> s.rename(f), true);
    renameKeys(nulls, from, f, n -> n, false);
    renameKeys(aliases, from, f, f, true);
    renameKeys(tables, from, f, t -> t.rename(f), true);
    renameKeys(mmKinds, from, f, k -> k, false);
    renameKeys(values, from, f, v -> v, false);
    renameKeys(shares, from, f, v -> v, false);
    renameKeys(ops, from, f, v -> v, false);
  }

  private boolean anyHeldUnder(String root) {
    for (Held h : locks.raw().values()) {
      if (under(h.path, root) || under(h.mm, root) || (h.cond != null && under(h.cond.substring(h.cond.indexOf(':') + 1), root))) {
        return true;
      }
    }
    return false;
  }

  /** Forgets everything about paths rooted at {@code root}. */
  public void dropRoot(String root) {
    boolean any = false;
    for (Held h : locks.raw().values()) {
      any |= under(h.path, root);
    }
    if (any) {
      locks.write().values().removeIf(h -> under(h.path, root));
    }
    dropKeys(ptes, root);
    dropKeys(nulls, root);
    if (!aliases.isEmpty()) {
      boolean a = false;
      for (Map.Entry<String, String> e : aliases.raw().entrySet()) {
        a |= under(e.getKey(), root) || under(e.getValue(), root);
      }
      if (a) {
        aliases.write().entrySet().removeIf(e -> under(e.getKey(), root) || under(e.getValue(), root));
      }
    }
    dropKeys(tables, root);
    dropKeys(mmKinds, root);
    dropKeys(values, root);
    dropKeys(shares, root);
    dropKeys(ops, root);
  }

  private static <V> void dropKeys(Cow<V> map, String root) {
    if (map.isEmpty()) {
      return;
    }
    for (String k : map.raw().keySet()) {
      if (under(k, root)) {
        map.write().keySet().removeIf(p -> under(p, root));
        return;
      }
    }
  }

  public static boolean under(String path, String root) {
    return path != null
        && (path.equals(root) || (path.startsWith(root) && path.charAt(root.length()) == '.'));
  }

  private static String rename(String p, String from, String to) {
    return under(p, from) ? to + p.substring(from.length()) : p;
  }

  private static String renameCond(String cond, String from, String to) {
    if (cond == null) {
      return null;
    }
    int colon = cond.indexOf(':');
    return cond.substring(0, colon + 1) + rename(cond.substring(colon + 1), from, to);
  }

  /**
   * Renames the keys (and, when {@code valuesMayMention}, the values) under {@code from}; does
   * nothing, and copies nothing, when no entry is affected.
   */
  private static <V> void renameKeys(Cow<V> map, String from, UnaryOperator<String> f,
      UnaryOperator<V> g, boolean valuesMayMention) {
    if (map.isEmpty()) {
      return;
    }
    boolean affected = false;
    for (Map.Entry<String, V> e : map.raw().entrySet()) {
      if (under(e.getKey(), from) || (valuesMayMention && !g.apply(e.getValue()).equals(e.getValue()))) {
        affected = true;
        break;
      }
    }
    if (!affected) {
      return;
    }
    List<Map.Entry<String, V>> all = new ArrayList<>(map.raw().entrySet());
    TreeMap<String, V> m = map.write();
    m.clear();
    for (Map.Entry<String, V> e : all) {
      m.put(f.apply(e.getKey()), g.apply(e.getValue()));
    }
  }

  // ---- Store ---------------------------------------------------------------------------

  @Override
  public LockStore copy() {
    LockStore s = new LockStore(locks.share(), ptes.share(), nulls.share(), aliases.share(),
        tables.share(), mmKinds.share(), values.share(), shares.share(), ops.share());
    s.rcuMin = rcuMin;
    s.rcuMax = rcuMax;
    s.walkerMin = walkerMin;
    s.walkerMax = walkerMax;
    s.atomicEntry = atomicEntry;
    s.entryAny = entryAny;
    return s;
  }

  @Override
  public LockStore leastUpperBound(LockStore o) {
    if (equals(o)) {
      return copy();
    }
    LockStore s = new LockStore();
    if (locks.same(o.locks)) {
      s.locks.adopt(locks);
    } else if (!locks.isEmpty() || !o.locks.isEmpty()) {
      TreeMap<String, Held> m = s.locks.write();
      for (Held h : locks.raw().values()) {
        Held g = o.locks.get(h.key());
        m.put(h.key(), g == null ? h.withMaybe() : h.join(g));
      }
      for (Held g : o.locks.raw().values()) {
        if (locks.get(g.key()) == null) {
          m.put(g.key(), g.withMaybe());
        }
      }
    }
    s.rcuMin = Math.min(rcuMin, o.rcuMin);
    s.rcuMax = Math.max(rcuMax, o.rcuMax);
    s.walkerMin = Math.min(walkerMin, o.walkerMin);
    s.walkerMax = Math.max(walkerMax, o.walkerMax);
    if (ptes.same(o.ptes)) {
      s.ptes.adopt(ptes);
    } else if (!ptes.isEmpty() || !o.ptes.isEmpty()) {
      TreeMap<String, PteState> m = s.ptes.write();
      for (Map.Entry<String, PteState> e : ptes.raw().entrySet()) {
        m.put(e.getKey(), e.getValue().join(o.ptes.get(e.getKey())));
      }
      for (Map.Entry<String, PteState> e : o.ptes.raw().entrySet()) {
        if (ptes.get(e.getKey()) == null) {
          m.put(e.getKey(), e.getValue().join(null));
        }
      }
    }
    joinNulls(s, o);
    intersect(aliases, o.aliases, s.aliases);
    intersect(tables, o.tables, s.tables);
    intersect(mmKinds, o.mmKinds, s.mmKinds);
    intersect(values, o.values, s.values);
    intersect(shares, o.shares, s.shares);
    intersect(ops, o.ops, s.ops);
    s.atomicEntry = atomicEntry || o.atomicEntry;
    s.entryAny = entryAny;
    return s;
  }

  private void joinNulls(LockStore s, LockStore o) {
    if (nulls.isEmpty() && o.nulls.isEmpty()) {
      return;
    }
    if (nulls.same(o.nulls)) {
      s.nulls.adopt(nulls);
      return;
    }
    TreeMap<String, Nullness> m = s.nulls.write();
    for (Map.Entry<String, Nullness> e : nulls.raw().entrySet()) {
      Nullness b = o.nulls.get(e.getKey());
      if (b == e.getValue()) {
        m.put(e.getKey(), b);
      } else if (b != null || e.getValue() == Nullness.MAYBE_NULL) {
        m.put(e.getKey(), Nullness.MAYBE_NULL);
      }
    }
    for (Map.Entry<String, Nullness> e : o.nulls.raw().entrySet()) {
      if (nulls.get(e.getKey()) == null && e.getValue() == Nullness.MAYBE_NULL) {
        m.put(e.getKey(), Nullness.MAYBE_NULL);
      }
    }
  }

  private static <V> void intersect(Cow<V> a, Cow<V> b, Cow<V> out) {
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    if (a.same(b)) {
      out.adopt(a);
      return;
    }
    TreeMap<String, V> m = null;
    for (Map.Entry<String, V> e : a.raw().entrySet()) {
      if (Objects.equals(b.get(e.getKey()), e.getValue())) {
        if (m == null) {
          m = out.write();
        }
        m.put(e.getKey(), e.getValue());
      }
    }
  }

  @Override
  public LockStore widenedUpperBound(LockStore previous) {
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    return true;
  }

  @Override
  public String visualize(CFGVisualizer<?, LockStore, ?> viz) {
    return toString();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LockStore)) {
      return false;
    }
    LockStore s = (LockStore) o;
    return rcuMin == s.rcuMin && rcuMax == s.rcuMax && walkerMin == s.walkerMin
        && walkerMax == s.walkerMax && atomicEntry == s.atomicEntry && locks.equals(s.locks)
        && ptes.equals(s.ptes) && nulls.equals(s.nulls) && aliases.equals(s.aliases)
        && tables.equals(s.tables) && mmKinds.equals(s.mmKinds) && values.equals(s.values)
        && shares.equals(s.shares) && ops.equals(s.ops);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locks.raw().keySet(), ptes.raw().keySet(), rcuMin, rcuMax);
  }

  @Override
  public String toString() {
    return "locks=" + locks.raw().keySet() + " rcu=[" + rcuMin + "," + rcuMax + "] ptes="
        + ptes.raw().keySet() + " aliases=" + aliases.raw();
  }
}
