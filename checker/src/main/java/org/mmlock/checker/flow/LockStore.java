package org.mmlock.checker.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  /** The value of a local assigned {@code null}. */
  static final String NULL_VALUE = "null";
  /**
   * A local's value {@code "nn=t:x"} ({@code "nn=f:x"}): it is non-null iff boolean local x is
   * true (false). Made by a join where both were known, opposite ways on the two sides
   * ({@code vma = lock_vma_under_rcu(mm, a); locked = false; if (vma == null) { mmap_read_lock(mm);
   * locked = true; }}); a test of either tells the other.
   */
  static final String LINK = "nn=";
  /**
   * A boolean local's value {@code "eq=t:x"} ({@code "eq=f:x"}): it is true iff boolean local x is
   * true (false). Made by a join as {@link #LINK} is, for two booleans told apart the same way
   * ({@code if (unlock) { mmap_write_downgrade(mm); downgraded = true; }}): a lock's condition
   * names one, and a test of the other settles it too.
   */
  static final String EQ = "eq=";
  /**
   * A local's value {@code "ni=t:x"} ({@code "ni=f:x"}): it is non-null if boolean local x is true
   * (false), and x is false (true) where it is null. Made by a join where the local is null on one
   * side with x known false (true) there, and non-null on the other with x unknown
   * ({@code vma = null; locked = false; for (…) { if (!locked) { lock; vma = find_vma(…); locked =
   * true; } else if (start >= vma.vm_end) …; if (vma == null) break; locked = populate(vma); }}).
   */
  static final String IMPLIES = "ni=";

  // The fact maps (sorted by path: see PathMap), by index. A copy shares the array and every map
  // with its original; whichever side writes first clones the array, and the map it writes. A
  // copy is one small object.
  private static final int LOCKS = 0;
  private static final int PTES = 1;
  private static final int NULLS = 2;
  private static final int ALIASES = 3;
  private static final int TABLES = 4;
  private static final int MM_KINDS = 5;
  /**
   * Local path -> a value it is known to have: "bool:true" / "bool:false", {@link #NULL_VALUE},
   * "pmd:P" / "pte:P" / "ptel:P" / "pten:P" (a value read from the entry of P: before its lock,
   * under it, before it and found not none: see Revalidation); or a link ({@link #LINK}).
   */
  private static final int VALUES = 6;
  /** VMA path -> "SHARED" / "PRIVATE" ({@code VM_MAYSHARE} tests, {@code @SharedMapping}). */
  private static final int SHARES = 7;
  /** MmWalkOps path -> "WALK_LOCK install" ({@code PGWALK_RDLOCK false}). */
  private static final int OPS = 8;
  /**
   * VMA path -> the line where the mmap lock it was found under was released ("12"), and the
   * condition when it is stale on some paths only ("12|f:locked": stale iff !locked): the VMA may
   * have been freed, and that lock taken again does not make it stable.
   */
  private static final int STALE = 9;
  private static final int MAPS = 10;
  private static final PathMap<Object> EMPTY = new PathMap<>();

  private PathMap<Object>[] maps;
  /** Bit i: this store's map i is its own. */
  private int owned;
  /** The array itself is shared with a copy: clone it before the first write. */
  private boolean arrayShared;
  int rcuMin;
  int rcuMax;
  int walkerMin;
  int walkerMax;
  boolean atomicEntry;
  /** Disjunctive requirements assumed on entry ({@code @RequiresAny}): each a list of alternatives. */
  List<List<Held>> entryAny;
  /**
   * No execution gets here: the side of a test that its operand's known value rules out
   * ({@code if (locked)} where {@code locked} is known true). The join ignores such a store, and
   * nothing is reported on it.
   */
  private boolean dead;

  @SuppressWarnings("unchecked")
  public LockStore() {
    maps = new PathMap[MAPS];
    java.util.Arrays.fill(maps, EMPTY);
    entryAny = List.of();
  }

  private LockStore(LockStore o) {
    maps = o.maps;
    arrayShared = true;
    o.arrayShared = true;
    o.owned = 0;
  }

  private void ownArray() {
    if (arrayShared) {
      maps = maps.clone();
      arrayShared = false;
    }
  }

  /** Map {@code i}, for reading (callers must not modify it). */
  @SuppressWarnings("unchecked")
  private <V> PathMap<V> r(int i) {
    return (PathMap<V>) (PathMap<?>) maps[i];
  }

  /** Map {@code i}, owned by this store, for writing. */
  @SuppressWarnings("unchecked")
  private <V> PathMap<V> w(int i) {
    if ((owned & (1 << i)) == 0) {
      ownArray();
      maps[i] = new PathMap<>(maps[i]);
      owned |= 1 << i;
    }
    return (PathMap<V>) (PathMap<?>) maps[i];
  }

  private PathMap<Held> heldMap() {
    return r(LOCKS);
  }

  private PathMap<PteState> pteMap() {
    return r(PTES);
  }

  private PathMap<Nullness> nullMap() {
    return r(NULLS);
  }

  private boolean empty(int i) {
    return maps[i].isEmpty();
  }

  /** Shares {@code o}'s map {@code i} (this store's must be unwritten). */
  private void adopt(int i, LockStore o) {
    o.owned &= ~(1 << i);
    ownArray();
    maps[i] = o.maps[i];
  }

  // ---- queries -------------------------------------------------------------------------

  public Held lock(LockClass c, String path) {
    PathMap<Held> m = heldMap();
    if (m.size() > 8) {
      return m.get(Held.key(c, path));
    }
    for (int i = 0; i < m.size(); i++) { // few locks are held at once: no key string to build
      Held h = m.valueAt(i);
      if (h.cls == c && Objects.equals(h.path, path)) {
        return h;
      }
    }
    return null;
  }

  public Iterable<Held> locks() {
    return java.util.Collections.unmodifiableCollection(heldMap().values());
  }

  public PteState pte(String path) {
    return pteMap().get(path);
  }

  public Map<String, PteState> ptes() {
    return java.util.Collections.unmodifiableMap(pteMap());
  }

  public Nullness nullness(String path) {
    return nullMap().get(path);
  }

  public String alias(String path) {
    return empty(ALIASES) ? null : this.<String>r(ALIASES).get(path);
  }

  public Map<String, String> aliases() {
    return java.util.Collections.unmodifiableMap(this.<String>r(ALIASES));
  }

  public TableFact table(String path) {
    return this.<TableFact>r(TABLES).get(path);
  }

  public MmKind mmKind(String path) {
    return this.<MmKind>r(MM_KINDS).get(path);
  }

  public String value(String path) {
    return this.<String>r(VALUES).get(path);
  }

  public String sharing(String vma) {
    return this.<String>r(SHARES).get(vma);
  }

  /** The line of the release that made VMA {@code vma} stale ({@link #STALE}), or null. */
  public String stale(String vma) {
    String v = empty(STALE) ? null : this.<String>r(STALE).get(vma);
    return v == null ? null : staleLine(v);
  }

  private static String staleLine(String v) {
    int bar = v.indexOf('|');
    return bar < 0 ? v : v.substring(0, bar);
  }

  /** A stale mark's condition ({@code "t:x"}, {@code "f:x"}), or null when it has none. */
  private static String staleCond(String v) {
    int bar = v.indexOf('|');
    return bar < 0 ? null : v.substring(bar + 1);
  }

  /**
   * Boolean local {@code x} has value {@code v}: a VMA stale iff a condition on x is stale, or
   * not.
   */
  void assumeStale(String x, boolean v) {
    if (empty(STALE)) {
      return;
    }
    PathMap<String> m = r(STALE);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < m.size(); i++) {
      if (Conditions.on(x, staleCond(m.valueAt(i)))) {
        keys.add(m.keyAt(i));
      }
    }
    for (String k : keys) {
      String val = this.<String>r(STALE).get(k);
      if (staleCond(val).startsWith("t:") == v) {
        this.<String>w(STALE).put(k, staleLine(val));
      } else {
        this.<String>w(STALE).remove(k);
      }
    }
  }

  public String ops(String path) {
    return this.<String>r(OPS).get(path);
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
    PathMap<Held> held = heldMap();
    for (int i = 0; i < held.size(); i++) {
      if (held.valueAt(i).cls == LockClass.SPIN) {
        return true;
      }
    }
    PathMap<PteState> ptes = pteMap();
    for (int i = 0; i < ptes.size(); i++) {
      if (ptes.valueAt(i).mayBeMapped()) {
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
    PathMap<PteState> ptes = pteMap();
    for (int i = 0; i < ptes.size(); i++) {
      PteState p = ptes.valueAt(i);
      if (p.isMapping() && p.status == PteState.Status.MAPPED) {
        return true;
      }
    }
    return false;
  }

  // ---- updates (on a copy) -----------------------------------------------------------

  public void put(Held h) {
    this.<Held>w(LOCKS).put(h.key(), h);
  }

  public void remove(LockClass c, String path) {
    if (lock(c, path) != null) {
      this.<Held>w(LOCKS).remove(Held.key(c, path));
    }
  }

  public void putPte(String path, PteState s) {
    this.<PteState>w(PTES).put(path, s);
  }

  public void removePte(String path) {
    if (pteMap().get(path) != null) {
      this.<PteState>w(PTES).remove(path);
    }
  }

  public void setNullness(String path, Nullness n) {
    this.<Nullness>w(NULLS).put(path, n);
  }

  public void setAlias(String path, String to) {
    this.<String>w(ALIASES).put(path, to);
  }

  public void setTable(String path, TableFact f) {
    this.<TableFact>w(TABLES).put(path, f);
  }

  public void setMmKind(String path, MmKind k) {
    this.<MmKind>w(MM_KINDS).put(path, k);
  }

  public void setValue(String path, String v) {
    this.<String>w(VALUES).put(path, v);
  }

  /** Every local whose value is {@code from} gets {@code to} instead. */
  void replaceValues(String from, String to) {
    if (empty(VALUES)) {
      return;
    }
    PathMap<String> m = r(VALUES);
    List<String> keys = null;
    for (int i = 0; i < m.size(); i++) {
      if (from.equals(m.valueAt(i))) {
        if (keys == null) {
          keys = new ArrayList<>();
        }
        keys.add(m.keyAt(i));
      }
    }
    if (keys != null) {
      for (String k : keys) {
        this.<String>w(VALUES).put(k, to);
      }
    }
  }

  public void setSharing(String vma, String v) {
    this.<String>w(SHARES).put(vma, v);
  }

  public void setStale(String vma, String release) {
    this.<String>w(STALE).put(vma, release);
  }

  public void setOps(String path, String v) {
    this.<String>w(OPS).put(path, v);
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
    Rename f = new Rename(from, to);
    if (anyHeldUnder(from)) {
      List<Held> held = new ArrayList<>(heldMap().values());
      PathMap<Held> m = this.<Held>w(LOCKS);
      m.clear();
      for (Held h : held) {
        Held r = h.withPath(f.apply(h.path), renameCond(h.cond, from, to), f.apply(h.mm),
            renameCond(h.writeIf, from, to));
        m.put(r.key(), r);
      }
    }
    String dot = from + ".";
    for (int map = LOCKS + 1; map < MAPS; map++) { // every fact map but the locks, done above
      renameKeys(map, from, dot, f);
    }
  }

  /**
   * {@code rename(p, from, to)} as a function for the facts that rename their paths (a class,
   * not a lambda: see {@code MmFacts.Holds}).
   */
  private static final class Rename implements UnaryOperator<String> {
    private final String from;
    private final String to;

    Rename(String from, String to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public String apply(String p) {
      return rename(p, from, to);
    }
  }

  private boolean anyHeldUnder(String root) {
    for (Held h : heldMap().values()) {
      if (under(h.path, root) || under(h.mm, root) || condUnder(h.cond, root)
          || condUnder(h.writeIf, root)) {
        return true;
      }
    }
    return false;
  }

  private static boolean condUnder(String cond, String root) {
    return cond != null && under(cond.substring(cond.indexOf(':') + 1), root);
  }

  /** Forgets everything about paths rooted at {@code root}. */
  public void dropRoot(String root) {
    String dot = root + ".";
    for (int map = 0; map < MAPS; map++) {
      if (!empty(map) && (map == LOCKS || map == ALIASES || map == VALUES ? anyNames(map, root)
          : anyKeyUnder(map, root, dot))) {
        PathMap<Object> m = w(map);
        for (int i = m.size() - 1; i >= 0; i--) {
          if (names(map, m.keyAt(i), m.valueAt(i), root)) {
            m.remove(m.keyAt(i));
          }
        }
      }
    }
  }

  /** Whether an entry of map {@code map} names {@code root} or a path under it. */
  private boolean anyNames(int map, String root) {
    PathMap<Object> m = maps[map];
    for (int i = 0; i < m.size(); i++) {
      if (names(map, m.keyAt(i), m.valueAt(i), root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an entry names a path under {@code root}: a lock by its path, an alias by either
   * end, any other fact by its key.
   */
  private static boolean names(int map, String key, Object value, String root) {
    return map == LOCKS ? under(((Held) value).path, root)
        : under(key, root) || (map == ALIASES && under((String) value, root))
            || (map == VALUES && linkUnder((String) value, root));
  }

  /** Whether {@code value} is a link ({@link #LINK}, {@link #EQ}, {@link #IMPLIES}) to a boolean under {@code root}. */
  private static boolean linkUnder(String value, String root) {
    return isLink(value) && under(value.substring(LINK.length() + 2), root);
  }

  private static boolean isLink(String value) {
    return value.startsWith(LINK) || value.startsWith(EQ) || value.startsWith(IMPLIES);
  }

  /** The condition under which a local's {@link #IMPLIES} link says it is non-null, or null. */
  String implied(String local) {
    String v = value(local);
    return v != null && v.startsWith(IMPLIES) ? v.substring(IMPLIES.length()) : null;
  }

  /** The condition a boolean local's link names ({@code "t:x"}: it is true iff x), or null. */
  String eqLink(String local) {
    String v = value(local);
    return v != null && v.startsWith(EQ) ? v.substring(EQ.length()) : null;
  }

  /** The locals linked to boolean local {@code x} ({@link #LINK}, {@link #EQ}, {@link #IMPLIES}). */
  List<String> linkedTo(String x) {
    List<String> out = null;
    if (!empty(VALUES)) {
      PathMap<String> m = r(VALUES);
      for (int i = 0; i < m.size(); i++) {
        String v = m.valueAt(i);
        if (isLink(v) && v.length() == LINK.length() + 2 + x.length() && v.endsWith(x)) {
          if (out == null) {
            out = new ArrayList<>();
          }
          out.add(m.keyAt(i));
        }
      }
    }
    return out == null ? List.of() : out;
  }

  /** The condition a local's link names ({@code "t:x"}), or null when it has none. */
  String link(String local) {
    String v = value(local);
    return v != null && v.startsWith(LINK) ? v.substring(LINK.length()) : null;
  }

  public static boolean under(String path, String root) {
    return path != null
        && (path.equals(root) || (path.startsWith(root) && path.charAt(root.length()) == '.'));
  }

  /** The path a local names by an alias ({@code vma.vm_file.f_mapping -> mapping}), or null. */
  private String namedBy(String local) {
    if (empty(ALIASES) || local.indexOf('.') >= 0) {
      return null;
    }
    PathMap<String> m = r(ALIASES);
    for (int i = 0; i < m.size(); i++) {
      if (local.equals(m.valueAt(i))) {
        return m.keyAt(i);
      }
    }
    return null;
  }

  /** The path without its last field; null for a path of one element. */
  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? null : path.substring(0, dot);
  }

  /** The first element of a path: the local, parameter, {@code this} or class it starts from. */
  private static String root(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  private static String rename(String p, String from, String to) {
    return under(p, from) ? to + p.substring(from.length()) : p;
  }

  private static String renameCond(String cond, String from, String to) {
    int colon = cond == null ? -1 : cond.indexOf(':');
    if (colon < 0) {
      return cond; // none, or Held.SOME_PATHS
    }
    return cond.substring(0, colon + 1) + rename(cond.substring(colon + 1), from, to);
  }

  /**
   * Renames the keys under {@code from} of map {@code map}, and the paths its values name
   * (aliases, PTE states, table facts); does nothing, and copies nothing, when no entry is
   * affected.
   */
  private void renameKeys(int map, String from, String dot, Rename f) {
    boolean valuesMayMention = map == ALIASES || map == PTES || map == TABLES || map == VALUES
        || map == STALE;
    if (empty(map) || !(anyKeyUnder(map, from, dot) || (valuesMayMention && anyValueMentions(map, from)))) {
      return;
    }
    List<Map.Entry<String, Object>> all = new ArrayList<>(this.<Object>r(map).entrySet());
    PathMap<Object> m = w(map);
    m.clear();
    for (Map.Entry<String, Object> e : all) {
      Object v = e.getValue();
      m.put(f.apply(e.getKey()), map == ALIASES ? f.apply((String) v)
          : map == PTES ? ((PteState) v).rename(f)
          : map == TABLES ? ((TableFact) v).rename(f)
          : map == VALUES && isLink((String) v)
              ? ((String) v).substring(0, LINK.length())
                  + renameCond(((String) v).substring(LINK.length()), f.from, f.to)
          : map == STALE && staleCond((String) v) != null
              ? staleLine((String) v) + "|" + renameCond(staleCond((String) v), f.from, f.to) : v);
    }
  }

  /**
   * Whether map {@code i} has a key under {@code root} ({@code dot} is {@code root + "."}): two
   * lookups in the sorted keys.
   */
  private boolean anyKeyUnder(int i, String root, String dot) {
    PathMap<Object> m = maps[i];
    if (m.containsKey(root)) {
      return true;
    }
    String k = m.ceilingKey(dot);
    return k != null && k.startsWith(dot);
  }

  /** Whether a value of map {@code i} names a path under {@code root}. */
  private boolean anyValueMentions(int i, String root) {
    PathMap<Object> m = maps[i];
    for (int j = 0; j < m.size(); j++) {
      Object v = m.valueAt(j);
      if (v instanceof String ? (i == VALUES ? linkUnder((String) v, root)
              : i == STALE ? staleCond((String) v) != null && under(staleCond((String) v).substring(2), root)
              : under((String) v, root))
          : v instanceof PteState ? ((PteState) v).mentions(root)
          : v instanceof TableFact && under(((TableFact) v).mm, root)) {
        return true;
      }
    }
    return false;
  }

  // ---- Store ---------------------------------------------------------------------------

  @Override
  public LockStore copy() {
    LockStore s = new LockStore(this);
    s.rcuMin = rcuMin;
    s.rcuMax = rcuMax;
    s.walkerMin = walkerMin;
    s.walkerMax = walkerMax;
    s.atomicEntry = atomicEntry;
    s.entryAny = entryAny;
    s.dead = dead;
    return s;
  }

  /** This store, on a path no execution takes. */
  public LockStore deadCopy() {
    LockStore s = copy();
    s.dead = true;
    return s;
  }

  /**
   * Whether a lock surely held is object {@code p} or was taken through it ({@code
   * vma_start_read(vma)}, {@code ptl = pmd_lock(mm, pmd); … return ptl;}): then p is not null.
   */
  public boolean lockedThrough(String p) {
    for (Held h : locks()) {
      if (h.definite() && under(h.path, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code p} may be null here: an API result not tested yet, and no lock surely held
   * through it ({@link #lockedThrough}).
   */
  public boolean maybeNull(String p) {
    return nullness(p) == Nullness.MAYBE_NULL && !lockedThrough(p);
  }

  /** Whether {@code p} is null here: a test found it so, or it was set to {@code null}. */
  private boolean knownNull(String p) {
    return nullness(p) == Nullness.NULL || NULL_VALUE.equals(value(p));
  }

  /** Whether no execution reaches this store (see {@link #dead}). */
  public boolean dead() {
    return dead;
  }

  @Override
  public LockStore leastUpperBound(LockStore o) {
    if (dead || o.dead) {
      return dead ? o.copy() : copy();
    }
    if (equals(o)) {
      return copy();
    }
    List<String> swapped = copiesSwapped(o);
    LockStore b = o;
    if (!swapped.isEmpty()) {
      b = o.copy();
      for (String y : swapped) {
        b.nameBy(y);
      }
    }
    List<String> renamed = localsAliasedApart(b);
    List<String> entries = copiesApart(b);
    if (renamed.isEmpty() && entries.isEmpty()) {
      return join(b);
    }
    LockStore a = copy();
    b = b.copy();
    for (String x : entries) {
      a.standAlone(x, o);
      b.standAlone(x, this);
    }
    for (String x : renamed) {
      a.nameBy(x);
      b.nameBy(x);
    }
    return a.join(b);
  }

  /**
   * The locals y of which local x is a copy here while x is a copy of y in {@code o}: one object,
   * named the other way round on each side ({@code pte = start_pte;} before a loop,
   * {@code start_pte = pte = pte_offset_map_lock(…)} in it). Sorted.
   */
  private List<String> copiesSwapped(LockStore o) {
    if (empty(ALIASES) || o.empty(ALIASES) || maps[ALIASES] == o.maps[ALIASES]) {
      return List.of();
    }
    java.util.TreeSet<String> out = null;
    PathMap<String> m = r(ALIASES);
    for (int i = 0; i < m.size(); i++) {
      String x = m.keyAt(i);
      String y = m.valueAt(i);
      if (isRoot(x) && isRoot(y) && x.equals(o.alias(y)) && o.alias(x) == null) {
        if (out == null) {
          out = new java.util.TreeSet<>();
        }
        out.add(y);
      }
    }
    return out == null ? List.of() : new ArrayList<>(out);
  }

  /**
   * The locals that are a copy of another local (or of a reassigned parameter's value on entry:
   * {@code Entry.keepEntryValues}) on one side of a join, and not of the same on the other: the
   * loop's head of {@code for (cur = vma; cur != null; cur = find_vma(mm, cur.vm_end))} has
   * {@code cur} naming {@code vma} on the way in and a VMA found in {@code mm} on the way back.
   */
  private List<String> copiesApart(LockStore o) {
    if (maps[ALIASES] == o.maps[ALIASES]) {
      return List.of();
    }
    java.util.TreeSet<String> out = null;
    for (LockStore side : new LockStore[] {this, o}) {
      PathMap<String> m = side.r(ALIASES);
      for (int i = 0; i < m.size(); i++) {
        String x = m.keyAt(i);
        String e = m.valueAt(i);
        LockStore other = side == this ? o : this;
        if (isRoot(e) && x.indexOf('.') < 0 && !Objects.equals(alias(x), o.alias(x))
            && !nullCopy(x, e, other)) {
          if (out == null) {
            out = new java.util.TreeSet<>();
          }
          out.add(x);
        }
      }
    }
    return out == null ? List.of() : new ArrayList<>(out);
  }

  /** Whether {@code p} is a local, a parameter or an entry value: a path of one element. */
  private static boolean isRoot(String p) {
    return p != null && p.indexOf('.') < 0 && !p.startsWith("$");
  }

  /**
   * Where local {@code x} is a copy of another local (or of a parameter's value on entry), gives
   * {@code x} the facts of that object as its own, for the join with {@code other} (where
   * {@code x} names something else) to keep what holds of both: the object's nullness, kind,
   * sharing and table facts, and for each path under it that has a name of its own
   * ({@code mm = vma.vm_mm}), that name as an alias of the same path under {@code x}. Locks and
   * mapped PTEs stay with the object alone (one object, one entry); so do the object's facts
   * themselves, under its own name.
   */
  private void standAlone(String x, LockStore other) {
    String e = alias(x);
    if (!isRoot(e)) {
      return;
    }
    this.<String>w(ALIASES).remove(x);
    handPteTo(x, e, other);
    String dot = e + ".";
    for (int map = NULLS; map < MAPS; map++) {
      if (map == ALIASES) {
        PathMap<String> m = r(ALIASES);
        List<String> named = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
          if (m.valueAt(i).startsWith(dot) && other.alias(rename(m.valueAt(i), e, x)) != null) {
            named.add(m.valueAt(i));
          }
          if (m.keyAt(i).startsWith(dot)) {
            keys.add(m.keyAt(i)); // vma.vm_mm -> mm (find_vma's @Aliases): so is x.vm_mm
          }
        }
        for (String v : named) {
          setAlias(rename(v, e, x), v);
        }
        for (String k : keys) {
          setAlias(rename(k, e, x), alias(k));
        }
      } else if (!empty(map) && anyKeyUnder(map, e, dot)) {
        PathMap<Object> m = w(map);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
          if (under(m.keyAt(i), e)) {
            keys.add(m.keyAt(i));
          }
        }
        for (String k : keys) {
          m.put(rename(k, e, x), m.get(k));
        }
      }
    }
  }

  /**
   * A PTE that local {@code x} copies from {@code e} here, where {@code x} is null in
   * {@code other} and {@code e} maps nothing there (nor is known null): the mapping goes to
   * {@code x}, which is non-null exactly where it exists ({@code old = null; if (c) { pte =
   * pte_offset_map(…); old = pte; } … if (old != null) pte_unmap(old);}, or a loop's previous
   * PTE). Left with {@code e}, it would be mapped on some paths only, and neither name could
   * unmap it or be seen using it after its unmap.
   */
  private void handPteTo(String x, String e, LockStore other) {
    PteState st = empty(PTES) ? null : pte(e);
    if (st != null && other.knownNull(x) && other.pte(e) == null && !other.knownNull(e)) {
      PathMap<PteState> m = w(PTES);
      m.remove(e);
      m.put(x, st);
    }
  }

  /**
   * The locals that name different paths here and in {@code o}: after {@code mm = vma.vm_mm} and a
   * loop or branch that gives {@code vma} a new value, {@code mm} names {@code vma.vm_mm} on one
   * side and {@code vma'.vm_mm} (the old {@code vma}'s) on the other, and a lock taken through
   * {@code mm} is filed under each. Sorted, so that the join does not depend on map order. A
   * local that is a copy of another local on one side is not one of them ({@link #copiesApart}):
   * the facts of that local stay under its name.
   */
  private List<String> localsAliasedApart(LockStore o) {
    if (maps[ALIASES] == o.maps[ALIASES] || (empty(ALIASES) && o.empty(ALIASES))) {
      return List.of();
    }
    java.util.TreeSet<String> out = null;
    for (LockStore side : new LockStore[] {this, o}) {
      if (side.empty(ALIASES)) {
        continue;
      }
      PathMap<String> m = side.r(ALIASES);
      for (int i = 0; i < m.size(); i++) {
        String x = m.keyAt(i);
        if (x.indexOf('.') < 0 && !x.startsWith("$") && !Objects.equals(alias(x), o.alias(x))
            && !isRoot(alias(x)) && !isRoot(o.alias(x))) {
          if (out == null) {
            out = new java.util.TreeSet<>();
          }
          out.add(x);
        }
      }
    }
    return out == null ? List.of() : new ArrayList<>(out);
  }

  /**
   * Files every fact about the object local {@code x} names under {@code x} itself, with the path
   * it named before as an alias of {@code x}: the same facts, named in a way that both sides of a
   * join can agree on ({@link #localsAliasedApart}).
   */
  private void nameBy(String x) {
    String target = alias(x);
    if (target == null) {
      return;
    }
    this.<String>w(ALIASES).remove(x);
    renameRoot(target, x);
    setAlias(target, x);
  }

  private LockStore join(LockStore o) {
    LockStore s = new LockStore();
    if (maps[LOCKS] == o.maps[LOCKS]) {
      s.adopt(LOCKS, this);
    } else if (!empty(LOCKS) || !o.empty(LOCKS)) {
      PathMap<Held> m = s.<Held>w(LOCKS);
      PathMap<Held> mine = heldMap();
      PathMap<Held> theirs = o.heldMap();
      for (int i = 0; i < mine.size(); i++) {
        Held h = mine.valueAt(i);
        Held g = theirs.get(mine.keyAt(i));
        m.put(mine.keyAt(i), g == null ? heldOnOneSide(h, this, o) : joinHeld(h, g, this, o));
      }
      for (int i = 0; i < theirs.size(); i++) {
        if (mine.get(theirs.keyAt(i)) == null) {
          m.put(theirs.keyAt(i), heldOnOneSide(theirs.valueAt(i), o, this));
        }
      }
    }
    s.rcuMin = Math.min(rcuMin, o.rcuMin);
    s.rcuMax = Math.max(rcuMax, o.rcuMax);
    s.walkerMin = Math.min(walkerMin, o.walkerMin);
    s.walkerMax = Math.max(walkerMax, o.walkerMax);
    if (maps[PTES] == o.maps[PTES]) {
      s.adopt(PTES, this);
    } else if (!empty(PTES) || !o.empty(PTES)) {
      // A PTE known null on one path maps nothing there: the other path's state stands.
      PathMap<PteState> m = s.<PteState>w(PTES);
      PathMap<PteState> mine = pteMap();
      PathMap<PteState> theirs = o.pteMap();
      for (int i = 0; i < mine.size(); i++) {
        PteState t = theirs.get(mine.keyAt(i));
        m.put(mine.keyAt(i), t == null && o.knownNull(mine.keyAt(i))
            ? mine.valueAt(i) : mine.valueAt(i).join(t));
      }
      for (int i = 0; i < theirs.size(); i++) {
        if (mine.get(theirs.keyAt(i)) == null) {
          m.put(theirs.keyAt(i), knownNull(theirs.keyAt(i))
              ? theirs.valueAt(i) : theirs.valueAt(i).join(null));
        }
      }
    }
    joinNulls(s, o);
    intersect(o, ALIASES, s);
    keepVacuous(o, s);
    o.keepVacuous(this, s);
    joinTables(o, s);
    intersect(o, MM_KINDS, s);
    intersect(o, VALUES, s);
    linkNulls(o, s);
    linkImplied(o, s);
    intersect(o, SHARES, s);
    joinStale(o, s);
    intersect(o, OPS, s);
    s.atomicEntry = atomicEntry || o.atomicEntry;
    s.entryAny = entryAny;
    return s;
  }

  /**
   * Lock {@code h}, held in {@code in} and not in {@code out}: held on some paths only, unless
   * the two agree with a condition (its own, or the one a test resolved: {@link Held#resolved}):
   * where a first {@code if (vma == null)} or {@code if (ok)} split the paths, and the lock went
   * with the condition's outcome on each, it is held iff the condition holds, as before the test.
   * Failing that, a lock without a condition that is held where a boolean local is known true (or
   * false) and not where it is known the opposite is held iff that value ({@link #flagAgainst}).
   * Failing that too, a lock reached through a local that was set to {@code null} on the other
   * side is held iff the local is non-null ({@code ptl = null; if (c) ptl = pmd_lock(mm, pmd);}):
   * where it is held, taking it dereferenced the local, which has not changed since (a new value
   * renames the old one's paths), and where the local is null nothing was taken through it. Last,
   * a lock held where some local is known non-null, and not held where it is known null, is held
   * iff that local is non-null ({@link #nonNullAgainst}).
   */
  private static Held heldOnOneSide(Held h, LockStore in, LockStore out) {
    if (h.maybe) {
      return h;
    }
    String c = h.cond != null ? h.cond : h.resolved;
    if (c != null && Conditions.known(c, false, out)
        && (h.cond != null || Conditions.known(c, true, in))) {
      return h.cond != null ? h : h.withCond(c);
    }
    if (h.cond != null) {
      return h.withMaybe();
    }
    String flag = in.flagAgainst(out);
    if (flag != null) {
      return h.withCond(flag);
    }
    // if (av != null) anon_vma_lock_write(av); -- where the lock was taken, av (or the object
    // it was reached through: if (file != null) i_mmap_lock_write(file.f_mapping), also when
    // that path has a local's name, mapping = file.f_mapping) was not null
    for (String path : new String[] {h.path, in.namedBy(h.path)}) {
      for (String p = path; p != null; p = parent(p)) {
        if (out.nullness(p) == Nullness.NULL && in.nullness(p) == null) {
          return h.withCond("nn:" + p);
        }
      }
    }
    String root = root(h.path);
    if (NULL_VALUE.equals(out.value(root)) && !NULL_VALUE.equals(in.value(root))) {
      return h.withCond("nn:" + root);
    }
    String p = in.nonNullAgainst(out);
    return p != null ? h.withCond("nn:" + p) : h.withMaybe();
  }

  /**
   * A local known non-null here and known null in {@code o} (tested, or set to {@code null}); the
   * first in path order, or null. A lock held here and not in {@code o} is held iff it is non-null
   * ({@code if (pte != null) spin_lock(ptlp.get());}).
   */
  private String nonNullAgainst(LockStore o) {
    if (empty(NULLS)) {
      return null;
    }
    PathMap<Nullness> m = nullMap();
    for (int i = 0; i < m.size(); i++) {
      String p = m.keyAt(i);
      if (m.valueAt(i) == Nullness.NONNULL && p.indexOf('.') < 0 && o.knownNull(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether {@code cond} is {@code "nn:R"} with lock path {@code path} reached through R: where
   * that lock is held outright, R is non-null (the lock was taken through it), so "held" there
   * and "held iff R is non-null" on the other side join to the latter
   * ({@code ptl = null; for (…) { if (ptl == null) ptl = pmd_lock(mm, pmd); }}).
   */
  private static boolean throughCond(String path, String cond) {
    return cond != null && cond.startsWith("nn:") && under(path, cond.substring(3));
  }

  /**
   * A boolean local whose value is known here and known the opposite in {@code o}, as the
   * condition that holds here: {@code "t:x"} where x is true here, {@code "f:x"} where it is
   * false; null if there is none. A lock held here and not in {@code o} is held iff that
   * condition holds ({@code if (x) mmap_read_lock(mm);}). The first such local, in path order.
   */
  private String flagAgainst(LockStore o) {
    if (empty(VALUES) || o.empty(VALUES)) {
      return null;
    }
    PathMap<String> mine = r(VALUES);
    for (int i = 0; i < mine.size(); i++) {
      String v = mine.valueAt(i);
      String theirs = o.value(mine.keyAt(i));
      if (("bool:true".equals(v) && "bool:false".equals(theirs))
          || ("bool:false".equals(v) && "bool:true".equals(theirs))) {
        return (v.equals("bool:true") ? "t:" : "f:") + mine.keyAt(i);
      }
    }
    return null;
  }

  /**
   * Lock {@code h} of {@code a} and {@code g} of {@code b}: their join, except that a lock held
   * on condition c on one side and unconditionally on the other, where c is known true, is held
   * on condition c (a test found c true, or a loop's way in has {@code locked = true} where its
   * way back has the lock held iff {@code locked}).
   */
  private static Held joinHeld(Held h, Held g, LockStore a, LockStore b) {
    if (h.cond == null && g.cond != null && !h.maybe && !g.maybe
        && Conditions.known(g.cond, true, a)) {
      return h.withCond(g.cond).join(g);
    }
    if (g.cond == null && h.cond != null && !h.maybe && !g.maybe
        && Conditions.known(h.cond, true, b)) {
      return h.join(g.withCond(h.cond));
    }
    if (!h.maybe && !g.maybe && h.cond == null && throughCond(h.path, g.cond)) {
      return h.withCond(g.cond).join(g);
    }
    if (!h.maybe && !g.maybe && g.cond == null && throughCond(g.path, h.cond)) {
      return h.join(g.withCond(h.cond));
    }
    String writeIf = writeIf(h, g, a, b);
    return writeIf != null ? h.join(g).withWriteIf(writeIf) : h.join(g);
  }

  /**
   * Where lock {@code h} of {@code a} is held for write and {@code g} of {@code b} for read or
   * downgraded (or the other way round), both on the same terms: a boolean local known true on one side and
   * false on the other, as the condition where the lock is held for write; else null (and
   * {@link Held#join} makes it held for write on some paths, none known).
   */
  private static String writeIf(Held h, Held g, LockStore a, LockStore b) {
    if (h.maybe || g.maybe || !Objects.equals(h.cond, g.cond)) {
      return null;
    }
    if (Held.SOME_PATHS.equals(h.writeIf) || Held.SOME_PATHS.equals(g.writeIf)) {
      return null; // nothing tells the paths apart on one side: nor on the join (Held.join)
    }
    if (h.writeIf != null || g.writeIf != null) {
      // one side already joined paths told apart by the boolean, the other is one of them
      if (g.writeIf == null) {
        return agreeing(h.writeIf, a, g, b);
      }
      return h.writeIf == null ? agreeing(g.writeIf, b, h, a) : null;
    }
    if (h.mode == Mode.WRITE && g.mode != Mode.WRITE) {
      return a.flagAgainst(b);
    }
    return h.mode != Mode.WRITE && g.mode == Mode.WRITE ? b.flagAgainst(a) : null;
  }

  /**
   * Condition {@code writeIf} of store {@code a}, or one equivalent to it there through a link
   * ({@link #EQ}), that lock {@code h} of {@code b} agrees with; else null.
   */
  private static String agreeing(String writeIf, LockStore a, Held h, LockStore b) {
    if (agrees(writeIf, h, b)) {
      return writeIf;
    }
    String x = writeIf.substring(2);
    for (String y : a.linkedTo(x)) {
      String eq = a.eqLink(y);
      if (eq != null) {
        String c = (eq.startsWith("t:") == writeIf.startsWith("t:") ? "t:" : "f:") + y;
        if (agrees(c, h, b)) {
          return c;
        }
      }
    }
    return null;
  }

  /** Whether lock {@code h} of {@code s} is held in the mode condition {@code writeIf} gives it there. */
  private static boolean agrees(String writeIf, Held h, LockStore s) {
    return Conditions.known(writeIf, h.mode == Mode.WRITE, s);
  }

  private void joinNulls(LockStore s, LockStore o) {
    if (empty(NULLS) && o.empty(NULLS)) {
      return;
    }
    if (maps[NULLS] == o.maps[NULLS]) {
      s.adopt(NULLS, this);
      return;
    }
    PathMap<Nullness> m = s.<Nullness>w(NULLS);
    PathMap<Nullness> mine = nullMap();
    PathMap<Nullness> theirs = o.nullMap();
    // A local set to null (its value, not a test) is null as surely as a tested one.
    for (int i = 0; i < mine.size(); i++) {
      String k = mine.keyAt(i);
      Nullness b = theirs.get(k);
      if (b == null && NULL_VALUE.equals(o.value(k))) {
        b = Nullness.NULL;
      }
      if (b == mine.valueAt(i)) {
        m.put(k, b);
      } else if (b != null || mine.valueAt(i) == Nullness.MAYBE_NULL) {
        m.put(k, Nullness.MAYBE_NULL);
      }
    }
    for (int i = 0; i < theirs.size(); i++) {
      String k = theirs.keyAt(i);
      if (mine.get(k) == null) {
        if (theirs.valueAt(i) == Nullness.MAYBE_NULL) {
          m.put(k, Nullness.MAYBE_NULL);
        } else if (theirs.valueAt(i) == Nullness.NULL && NULL_VALUE.equals(value(k))) {
          m.put(k, Nullness.NULL);
        }
      }
    }
  }

  /**
   * Into {@code out}: a link ({@link #LINK}) for each local known non-null on one side and null
   * on the other, where a boolean local is known true on one side and false on the other (the
   * first such, as {@link #flagAgainst} picks it).
   */
  private void linkNulls(LockStore o, LockStore out) {
    String flag = empty(VALUES) || o.empty(VALUES) ? null : flagAgainst(o);
    if (flag == null) {
      return;
    }
    linkFlags(flag, o, out);
    linkNullsBy(flag, o, out);
  }

  /**
   * Into {@code out}: the {@link #IMPLIES} links that hold on both sides (where the local is
   * non-null, where it has the same link, or where the link's condition is false), and a new one
   * for each local known null here and non-null in {@code o}, to the first boolean local known
   * here and not known the same in {@code o} ({@link #flagApart}).
   */
  private void linkImplied(LockStore o, LockStore out) {
    if (empty(VALUES) && o.empty(VALUES)) {
      return;
    }
    for (LockStore side : new LockStore[] {this, o}) {
      PathMap<String> v = side.r(VALUES);
      for (int i = 0; i < v.size(); i++) {
        String p = v.keyAt(i);
        String c = side.implied(p);
        if (c != null && out.value(p) == null && implies(p, c) && o.implies(p, c)) {
          out.setValue(p, IMPLIES + c);
        }
      }
    }
    newImplied(o, out);
    o.newImplied(this, out);
  }

  /** Whether {@link #IMPLIES} link {@code c} of local {@code p} holds here. */
  private boolean implies(String p, String c) {
    return nullness(p) == Nullness.NONNULL || c.equals(implied(p)) || Conditions.known(c, false, this);
  }

  private void newImplied(LockStore o, LockStore out) {
    if (empty(VALUES) || o.empty(NULLS)) {
      return;
    }
    PathMap<Nullness> theirs = o.nullMap();
    String flag = null;
    for (int i = 0; i < theirs.size(); i++) {
      String p = theirs.keyAt(i);
      if (p.indexOf('.') >= 0 || theirs.valueAt(i) != Nullness.NONNULL || !knownNull(p)
          || out.value(p) != null) {
        continue;
      }
      if (flag == null) {
        flag = flagApart(o);
        if (flag == null) {
          return;
        }
      }
      out.setValue(p, IMPLIES + flag);
    }
  }

  /**
   * The condition {@code "t:x"} ({@code "f:x"}) that is false here, for the first boolean local x
   * known here and not known to have the same value in {@code o}; null when there is none.
   */
  private String flagApart(LockStore o) {
    PathMap<String> mine = r(VALUES);
    for (int i = 0; i < mine.size(); i++) {
      String x = mine.keyAt(i);
      String v = mine.valueAt(i);
      if (x.indexOf('.') < 0 && v.startsWith("bool:") && !v.equals(o.value(x))) {
        return (v.equals("bool:true") ? "f:" : "t:") + x;
      }
    }
    return null;
  }

  /**
   * Into {@code out}: a link ({@link #LINK}) to {@code flag} (a condition that holds here and not
   * in {@code o}) for each local known non-null here and null in {@code o}, and to its negation
   * for each known null here and non-null there.
   */
  void linkNullsBy(String flag, LockStore o, LockStore out) {
    if (empty(NULLS) && o.empty(NULLS)) {
      return;
    }
    for (LockStore side : new LockStore[] {this, o}) {
      PathMap<Nullness> m = side.nullMap();
      for (int i = 0; i < m.size(); i++) {
        String p = m.keyAt(i);
        if (p.indexOf('.') >= 0 || out.value(p) != null) {
          continue;
        }
        if (knownNonNull(p) && o.knownNull(p)) {
          out.setValue(p, LINK + flag);
        } else if (knownNull(p) && o.knownNonNull(p)) {
          out.setValue(p, LINK + (flag.startsWith("t:") ? "f:" : "t:") + flag.substring(2));
        }
      }
    }
  }

  /**
   * Into {@code out}: a link ({@link #EQ}) to the boolean of {@code flag} (the condition that
   * holds here) for each other boolean local known true or false on both sides, opposite ways.
   */
  private void linkFlags(String flag, LockStore o, LockStore out) {
    String x = flag.substring(2);
    PathMap<String> mine = r(VALUES);
    for (int i = 0; i < mine.size(); i++) {
      String y = mine.keyAt(i);
      String v = mine.valueAt(i);
      String theirs = o.value(y);
      if (y.equals(x) || out.value(y) != null || y.indexOf('.') >= 0) {
        continue;
      }
      if (("bool:true".equals(v) && "bool:false".equals(theirs))
          || ("bool:false".equals(v) && "bool:true".equals(theirs))) {
        boolean same = v.equals("bool:true");
        out.setValue(y, EQ + (same ? flag : (flag.startsWith("t:") ? "f:" : "t:") + x));
      }
    }
  }

  private boolean knownNonNull(String p) {
    return nullness(p) == Nullness.NONNULL;
  }

  /**
   * Whether local {@code x}, a copy of local {@code e} here, is null in {@code o} where {@code e}
   * is null too: then the two are equal on both sides and stay one object after the join (the
   * loop's {@code if (pte == null) continue;} that meets {@code old = pte;}).
   */
  private static boolean nullCopy(String x, String e, LockStore o) {
    return x.indexOf('.') < 0 && isRoot(e) && o.alias(x) == null && o.knownNull(x) && o.knownNull(e);
  }

  /**
   * Into {@code out}: each alias of a field path here ({@code vma.vm_mm -> mm}) whose local is
   * known null in {@code o}: there the alias holds of no object, so it holds of the joined
   * {@code vma} whenever that is non-null ({@code vma = null; if (c) vma = find_vma(mm, a);}).
   * Likewise a local that copies another here, where both are null in {@code o} ({@link #nullCopy}).
   */
  private void keepVacuous(LockStore o, LockStore out) {
    if (empty(ALIASES) || maps[ALIASES] == o.maps[ALIASES] || (o.empty(NULLS) && o.empty(VALUES))) {
      return;
    }
    PathMap<String> mine = r(ALIASES);
    for (int j = 0; j < mine.size(); j++) {
      String k = mine.keyAt(j);
      int dot = k.indexOf('.');
      if ((dot > 0 && o.alias(k) == null && o.knownNull(k.substring(0, dot)))
          || nullCopy(k, mine.valueAt(j), o)) {
        out.setAlias(k, mine.valueAt(j));
      }
    }
  }

  /**
   * Into {@code out}: the stale VMAs of either side. One stale here and not in {@code o} is
   * stale iff a boolean local that tells the sides apart has its value here ({@link
   * #flagAgainst}): after {@code if (!mmap_locked) break;} the VMA is valid again. One stale on
   * both sides is stale on every path unless both marks have the same condition.
   */
  private void joinStale(LockStore o, LockStore out) {
    if (empty(STALE) && o.empty(STALE)) {
      return;
    }
    if (maps[STALE] == o.maps[STALE]) {
      out.adopt(STALE, this);
      return;
    }
    PathMap<String> m = out.w(STALE);
    for (LockStore side : new LockStore[] {this, o}) {
      LockStore other = side == this ? o : this;
      PathMap<String> v = side.r(STALE);
      for (int i = 0; i < v.size(); i++) {
        String k = v.keyAt(i);
        String mine = v.valueAt(i);
        String theirs = other.empty(STALE) ? null : other.<String>r(STALE).get(k);
        if (theirs != null) {
          if (side == this) {
            String c = staleCond(mine) != null ? staleCond(mine) : staleCond(theirs);
            boolean kept = c != null && staleOn(c, mine, this) && staleOn(c, theirs, o);
            m.put(k, kept ? staleLine(mine) + "|" + c : staleLine(mine));
          }
          continue;
        }
        String flag = staleCond(mine) != null ? staleCond(mine) : side.flagHere(other);
        m.put(k, flag == null ? staleLine(mine) : staleLine(mine) + "|" + flag);
      }
    }
  }

  /**
   * A condition true here and not known true in {@code o}: a boolean local known the opposite way
   * there ({@link #flagAgainst}), else one not known there ({@link #flagApart}, negated); null
   * when there is none. A fact of this side only holds at most where it is true.
   */
  private String flagHere(LockStore o) {
    String f = flagAgainst(o);
    if (f != null || empty(VALUES)) {
      return f;
    }
    String apart = flagApart(o);
    return apart == null ? null : (apart.startsWith("t:") ? "f:" : "t:") + apart.substring(2);
  }

  /** Whether stale mark {@code v} of {@code s} is stale at most where condition {@code c} holds. */
  private static boolean staleOn(String c, String v, LockStore s) {
    return c.equals(staleCond(v)) || (staleCond(v) == null && Conditions.known(c, true, s));
  }

  /**
   * Into {@code out}: the table provenances both sides agree on ({@link #intersect}), a table
   * reached through an unstable walk on one side only counting as reached through a stable one
   * (its later steps are reported unless every path was reported already).
   */
  private void joinTables(LockStore o, LockStore out) {
    intersect(o, TABLES, out);
    if (empty(TABLES) || o.empty(TABLES) || maps[TABLES] == o.maps[TABLES]) {
      return;
    }
    PathMap<TableFact> mine = r(TABLES);
    for (int j = 0; j < mine.size(); j++) {
      TableFact a = mine.valueAt(j);
      TableFact b = o.table(mine.keyAt(j));
      if (b != null && a.unstable != b.unstable && a.sameOrigin(b)) {
        out.setTable(mine.keyAt(j), new TableFact(a.mm, a.kind, false));
      }
    }
  }

  /** Into {@code out}'s map {@code i}: the entries of map {@code i} on which this and {@code o} agree. */
  private void intersect(LockStore o, int i, LockStore out) {
    if (empty(i) || o.empty(i)) {
      return;
    }
    if (maps[i] == o.maps[i]) {
      out.adopt(i, this);
      return;
    }
    PathMap<Object> m = null;
    PathMap<Object> mine = maps[i];
    for (int j = 0; j < mine.size(); j++) {
      if (Objects.equals(o.maps[i].get(mine.keyAt(j)), mine.valueAt(j))) {
        if (m == null) {
          m = out.w(i);
        }
        m.put(mine.keyAt(j), mine.valueAt(j));
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
    if (dead != s.dead || rcuMin != s.rcuMin || rcuMax != s.rcuMax || walkerMin != s.walkerMin
        || walkerMax != s.walkerMax || atomicEntry != s.atomicEntry) {
      return false;
    }
    for (int i = 0; i < MAPS && maps != s.maps; i++) {
      if (maps[i] != s.maps[i] && !maps[i].equals(s.maps[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(heldMap().keySet(), pteMap().keySet(), rcuMin, rcuMax);
  }

  @Override
  public String toString() {
    return "locks=" + heldMap().keySet() + " rcu=[" + rcuMin + "," + rcuMax + "] ptes="
        + pteMap().keySet() + " aliases=" + this.<String>r(ALIASES) + " nulls=" + nullMap()
        + " values=" + this.<String>r(VALUES) + (dead ? " dead" : "");
  }
}
