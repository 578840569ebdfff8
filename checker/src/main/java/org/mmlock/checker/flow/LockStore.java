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

  final TreeMap<String, Held> locks;
  int rcuMin;
  int rcuMax;
  int walkerMin;
  int walkerMax;
  final TreeMap<String, PteState> ptes;
  final TreeMap<String, Nullness> nulls;
  final TreeMap<String, String> aliases;
  final TreeMap<String, TableFact> tables;
  final TreeMap<String, MmKind> mmKinds;
  final TreeMap<String, String> values;
  /** VMA path -> "SHARED" / "PRIVATE" ({@code VM_MAYSHARE} tests, {@code @SharedMapping}). */
  final TreeMap<String, String> shares = new TreeMap<>();
  /** MmWalkOps path -> "WALK_LOCK install" ({@code PGWALK_RDLOCK false}). */
  final TreeMap<String, String> ops = new TreeMap<>();
  boolean atomicEntry;
  /** Disjunctive requirements assumed on entry ({@code @RequiresAny}): each a list of alternatives. */
  List<List<Held>> entryAny;

  public LockStore() {
    this(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
        new TreeMap<>(), new TreeMap<>());
    entryAny = List.of();
  }

  private LockStore(TreeMap<String, Held> locks, TreeMap<String, PteState> ptes,
      TreeMap<String, Nullness> nulls, TreeMap<String, String> aliases,
      TreeMap<String, TableFact> tables, TreeMap<String, MmKind> mmKinds,
      TreeMap<String, String> values) {
    this.locks = locks;
    this.ptes = ptes;
    this.nulls = nulls;
    this.aliases = aliases;
    this.tables = tables;
    this.mmKinds = mmKinds;
    this.values = values;
  }

  // ---- queries -------------------------------------------------------------------------

  public Held lock(LockClass c, String path) {
    return locks.get(Held.key(c, path));
  }

  public Iterable<Held> locks() {
    return locks.values();
  }

  public PteState pte(String path) {
    return ptes.get(path);
  }

  public Map<String, PteState> ptes() {
    return ptes;
  }

  public Nullness nullness(String path) {
    return nulls.get(path);
  }

  public String alias(String path) {
    return aliases.get(path);
  }

  public Map<String, String> aliases() {
    return aliases;
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

  public void setSharing(String vma, String v) {
    shares.put(vma, v);
  }

  public String ops(String path) {
    return ops.get(path);
  }

  public void setOps(String path, String v) {
    ops.put(path, v);
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
    for (Held h : locks.values()) {
      if (h.cls == LockClass.SPIN) {
        return true;
      }
    }
    for (PteState p : ptes.values()) {
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
    for (PteState p : ptes.values()) {
      if (p.isMapping() && p.status == PteState.Status.MAPPED) {
        return true;
      }
    }
    return false;
  }

  // ---- updates (on a copy) -----------------------------------------------------------

  public void put(Held h) {
    locks.put(h.key(), h);
  }

  public void remove(LockClass c, String path) {
    locks.remove(Held.key(c, path));
  }

  public void putPte(String path, PteState s) {
    ptes.put(path, s);
  }

  public void removePte(String path) {
    ptes.remove(path);
  }

  public void setNullness(String path, Nullness n) {
    nulls.put(path, n);
  }

  public void setAlias(String path, String to) {
    aliases.put(path, to);
  }

  public void setTable(String path, TableFact f) {
    tables.put(path, f);
  }

  public void setMmKind(String path, MmKind k) {
    mmKinds.put(path, k);
  }

  public void setValue(String path, String v) {
    values.put(path, v);
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
   * object's locks stay held but can no longer be named.
   */
  public void renameRoot(String from, String to) {
    UnaryOperator<String> f = p -> rename(p, from, to);
    List<Held> held = new ArrayList<>(locks.values());
    locks.clear();
    for (Held h : held) {
      put(h.withPath(f.apply(h.path), renameCond(h.cond, from, to), f.apply(h.mm)));
    }
    renameKeys(ptes, f, s -> s.rename(f));
    renameKeys(nulls, f, n -> n);
    renameKeys(aliases, f, f);
    renameKeys(tables, f, t -> t.rename(f));
    renameKeys(mmKinds, f, k -> k);
    renameKeys(values, f, v -> v);
    renameKeys(shares, f, v -> v);
    renameKeys(ops, f, v -> v);
  }

  /** Forgets everything about paths rooted at {@code root}. */
  public void dropRoot(String root) {
    locks.values().removeIf(h -> under(h.path, root));
    ptes.keySet().removeIf(p -> under(p, root));
    nulls.keySet().removeIf(p -> under(p, root));
    aliases.entrySet().removeIf(e -> under(e.getKey(), root) || under(e.getValue(), root));
    tables.keySet().removeIf(p -> under(p, root));
    mmKinds.keySet().removeIf(p -> under(p, root));
    values.keySet().removeIf(p -> under(p, root));
    shares.keySet().removeIf(p -> under(p, root));
    ops.keySet().removeIf(p -> under(p, root));
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

  private static <V> void renameKeys(TreeMap<String, V> map, UnaryOperator<String> f,
      UnaryOperator<V> g) {
    List<Map.Entry<String, V>> all = new ArrayList<>(map.entrySet());
    map.clear();
    for (Map.Entry<String, V> e : all) {
      map.put(f.apply(e.getKey()), g.apply(e.getValue()));
    }
  }

  // ---- Store ---------------------------------------------------------------------------

  @Override
  public LockStore copy() {
    LockStore s = new LockStore(new TreeMap<>(locks), new TreeMap<>(ptes), new TreeMap<>(nulls),
        new TreeMap<>(aliases), new TreeMap<>(tables), new TreeMap<>(mmKinds), new TreeMap<>(values));
    s.rcuMin = rcuMin;
    s.rcuMax = rcuMax;
    s.walkerMin = walkerMin;
    s.walkerMax = walkerMax;
    s.atomicEntry = atomicEntry;
    s.entryAny = entryAny;
    s.shares.putAll(shares);
    s.ops.putAll(ops);
    return s;
  }

  @Override
  public LockStore leastUpperBound(LockStore o) {
    LockStore s = new LockStore();
    for (Held h : locks.values()) {
      Held g = o.locks.get(h.key());
      s.put(g == null ? h.withMaybe() : h.join(g));
    }
    for (Held g : o.locks.values()) {
      if (!locks.containsKey(g.key())) {
        s.put(g.withMaybe());
      }
    }
    s.rcuMin = Math.min(rcuMin, o.rcuMin);
    s.rcuMax = Math.max(rcuMax, o.rcuMax);
    s.walkerMin = Math.min(walkerMin, o.walkerMin);
    s.walkerMax = Math.max(walkerMax, o.walkerMax);
    for (Map.Entry<String, PteState> e : ptes.entrySet()) {
      s.ptes.put(e.getKey(), e.getValue().join(o.ptes.get(e.getKey())));
    }
    for (Map.Entry<String, PteState> e : o.ptes.entrySet()) {
      if (!ptes.containsKey(e.getKey())) {
        s.ptes.put(e.getKey(), e.getValue().join(null));
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
    for (Map.Entry<String, Nullness> e : nulls.entrySet()) {
      Nullness b = o.nulls.get(e.getKey());
      if (b == e.getValue()) {
        s.nulls.put(e.getKey(), b);
      } else if (b != null || e.getValue() == Nullness.MAYBE_NULL) {
        s.nulls.put(e.getKey(), Nullness.MAYBE_NULL);
      }
    }
    for (Map.Entry<String, Nullness> e : o.nulls.entrySet()) {
      if (!nulls.containsKey(e.getKey()) && e.getValue() == Nullness.MAYBE_NULL) {
        s.nulls.put(e.getKey(), Nullness.MAYBE_NULL);
      }
    }
  }

  private static <V> void intersect(Map<String, V> a, Map<String, V> b, Map<String, V> out) {
    for (Map.Entry<String, V> e : a.entrySet()) {
      if (Objects.equals(b.get(e.getKey()), e.getValue())) {
        out.put(e.getKey(), e.getValue());
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
    return Objects.hash(locks.keySet(), ptes.keySet(), rcuMin, rcuMax);
  }

  @Override
  public String toString() {
    return "locks=" + locks.keySet() + " rcu=[" + rcuMin + "," + rcuMax + "] ptes=" + ptes.keySet()
        + " aliases=" + aliases;
  }
}
