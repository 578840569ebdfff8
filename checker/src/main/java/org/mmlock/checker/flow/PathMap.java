package org.mmlock.checker.flow;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One of a store's fact maps: access paths to facts, kept sorted by path (the order of a
 * {@code TreeMap<String, V>}, so iteration, and every message, stays deterministic) in two arrays.
 * A store holds a few entries per map, and copies a map at the first write after a copy of
 * itself: here that is two small array copies, where a tree map allocates a node per entry.
 */
final class PathMap<V> extends AbstractMap<String, V> {
  private static final String[] NO_KEYS = {};
  private static final Object[] NO_VALUES = {};

  private String[] keys;
  private Object[] values;
  private int size;
  /** The views, made at their first use (they read the arrays above, so they stay current). */
  private Set<Map.Entry<String, V>> entryView;
  private Set<String> keyView;
  private Collection<V> valueView;

  PathMap() {
    keys = NO_KEYS;
    values = NO_VALUES;
  }

  /** A copy of {@code o}, with room for two more entries. */
  PathMap(PathMap<? extends V> o) {
    keys = Arrays.copyOf(o.keys, o.size + 2);
    values = Arrays.copyOf(o.values, o.size + 2);
    size = o.size;
  }

  /** The index of {@code key}, or {@code -(insertion point) - 1}. */
  private int index(Object key) {
    if (!(key instanceof String)) {
      return -1;
    }
    String k = (String) key;
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = keys[mid].compareTo(k);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return index(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = index(key);
    return i >= 0 ? (V) values[i] : null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V put(String key, V value) {
    int i = index(java.util.Objects.requireNonNull(key));
    if (i >= 0) {
      V old = (V) values[i];
      values[i] = value;
      return old;
    }
    i = -i - 1;
    if (size == keys.length) {
      int cap = Math.max(4, size * 2);
      keys = Arrays.copyOf(keys, cap);
      values = Arrays.copyOf(values, cap);
    }
    System.arraycopy(keys, i, keys, i + 1, size - i);
    System.arraycopy(values, i, values, i + 1, size - i);
    keys[i] = key;
    values[i] = value;
    size++;
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V remove(Object key) {
    int i = index(key);
    if (i < 0) {
      return null;
    }
    V old = (V) values[i];
    removeAt(i);
    return old;
  }

  private void removeAt(int i) {
    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    keys[size] = null;
    values[size] = null;
  }

  @Override
  public void clear() {
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
  }

  /**
   * The key at position {@code i} ({@code 0 <= i < size()}), in key order. With
   * {@link #valueAt}, for the store's loops over a map, which make no iterator and no entry.
   */
  String keyAt(int i) {
    return keys[i];
  }

  /** The value at position {@code i}, in key order (see {@link #keyAt}). */
  @SuppressWarnings("unchecked")
  V valueAt(int i) {
    return (V) values[i];
  }

  /** The least key greater than or equal to {@code key}, or null. */
  String ceilingKey(String key) {
    int i = index(key);
    int at = i >= 0 ? i : -i - 1;
    return at < size ? keys[at] : null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PathMap)) {
      return super.equals(o);
    }
    PathMap<?> m = (PathMap<?>) o;
    if (m.size != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!keys[i].equals(m.keys[i]) || !java.util.Objects.equals(values[i], m.values[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  /** Walks the entries in key order; {@code remove()} removes the last one returned. */
  private abstract class Cursor<T> implements Iterator<T> {
    private int next;
    private int last = -1;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      last = next++;
      return at(last);
    }

    abstract T at(int i);

    @Override
    public void remove() {
      if (last < 0) {
        throw new IllegalStateException();
      }
      removeAt(last);
      next = last;
      last = -1;
    }
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    if (entryView == null) {
      entryView = new EntryView();
    }
    return entryView;
  }

  @Override
  public Set<String> keySet() {
    if (keyView == null) {
      keyView = new KeyView();
    }
    return keyView;
  }

  @Override
  public Collection<V> values() {
    if (valueView == null) {
      valueView = new ValueView();
    }
    return valueView;
  }

  private final class EntryView extends AbstractSet<Map.Entry<String, V>> {
    @Override
    public Iterator<Map.Entry<String, V>> iterator() {
      return new Cursor<>() {
        @Override
        @SuppressWarnings("unchecked")
        Map.Entry<String, V> at(int i) {
          return new AbstractMap.SimpleImmutableEntry<>(keys[i], (V) values[i]);
        }
      };
    }

    @Override
    public int size() {
      return size;
    }
  }

  private final class KeyView extends AbstractSet<String> {
    @Override
    public Iterator<String> iterator() {
      return new Cursor<>() {
        @Override
        String at(int i) {
          return keys[i];
        }
      };
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean contains(Object o) {
      return containsKey(o);
    }
  }

  private final class ValueView extends AbstractCollection<V> {
    @Override
    public Iterator<V> iterator() {
      return new Cursor<>() {
        @Override
        @SuppressWarnings("unchecked")
        V at(int i) {
          return (V) values[i];
        }
      };
    }

    @Override
    public int size() {
      return size;
    }
  }
}
