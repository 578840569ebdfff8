package org.mmlock.checker.flow;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A copy-on-write sorted map for the store: {@link #share()} is O(1), and the map is cloned only
 * when a shared copy is first written. Most transfers read the store and change one or two
 * facts, so copying a store costs a few small objects instead of nine map copies.
 */
final class Cow<V> {
  private static final TreeMap<String, ?> EMPTY = new TreeMap<>();

  private TreeMap<String, V> map;
  private boolean owned;

  @SuppressWarnings("unchecked")
  Cow() {
    this.map = (TreeMap<String, V>) EMPTY;
    this.owned = false;
  }

  private Cow(TreeMap<String, V> map) {
    this.map = map;
    this.owned = false;
  }

  /** A copy sharing the same map until either side writes. */
  Cow<V> share() {
    owned = false;
    return new Cow<>(map);
  }

  /** Shares {@code o}'s map (this one must be fresh). */
  void adopt(Cow<V> o) {
    o.owned = false;
    map = o.map;
    owned = false;
  }

  /** The map, read-only. */
  Map<String, V> read() {
    return Collections.unmodifiableMap(map);
  }

  /** The map for reading in hot loops (callers must not modify it). */
  TreeMap<String, V> raw() {
    return map;
  }

  /** The map, owned by this store, for writing. */
  TreeMap<String, V> write() {
    if (!owned) {
      map = new TreeMap<>(map);
      owned = true;
    }
    return map;
  }

  /** Whether both share one map (so they are equal without looking). */
  boolean same(Cow<V> o) {
    return map == o.map;
  }

  V get(String k) {
    return map.get(k);
  }

  boolean isEmpty() {
    return map.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cow && (((Cow<?>) o).map == map || ((Cow<?>) o).map.equals(map));
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }
}
