package org.mmlock.checker.bench;

import static org.mmlock.checker.bench.Src.between;
import static org.mmlock.checker.bench.Src.fill;
import static org.mmlock.checker.bench.Src.pick;

import java.util.Random;
import org.mmlock.checker.bench.WalkerTemplates.Piece;

/**
 * Ordinary Java for the mixed corpora, as an application code base has it: records, collections,
 * string handling, streams, generics, enums, exceptions. Nothing here touches the mm API.
 */
final class OrdinaryTemplates {
  private OrdinaryTemplates() {}

  static final int COUNT = 12;

  static Piece make(int which, String n, Random r) {
    switch (which) {
      case 0: return recordStream(n, r);
      case 1: return wordCount(n, r);
      case 2: return csvParse(n, r);
      case 3: return builder(n, r);
      case 4: return grouping(n, r);
      case 5: return enumSwitch(n, r);
      case 6: return optionalChain(n, r);
      case 7: return genericCache(n, r);
      case 8: return sortWithComparator(n, r);
      case 9: return loops(n, r);
      case 10: return stringSwitch(n, r);
      case 11: return dequeWork(n, r);
      default: throw new IllegalArgumentException("template " + which);
    }
  }

  static Piece recordStream(String n, Random r) {
    String t = """
        record ${R}(String name, int qty, double price) {
          ${R} {
            if (qty < 0) {
              throw new IllegalArgumentException("qty " + qty);
            }
          }

          double total() {
            return qty * price;
          }
        }

        /** Total value of the items whose name starts with {@code prefix}. */
        static double ${N}_totalFor(List<${R}> items, String prefix) {
          return items.stream()
              .filter(i -> i.name().startsWith(prefix))
              .filter(i -> i.qty() > ${C})
              .mapToDouble(${R}::total)
              .sum();
        }

        static List<${R}> ${N}_sample(int n) {
          List<${R}> out = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            out.add(new ${R}("item-" + (i % ${M}), i % ${Q}, i * ${P}));
          }
          return out;
        }
        """;
    String rec = "Item" + n.substring(1);
    return new Piece(fill(t, "N", n, "R", rec, "C", between(r, 0, 5), "M", between(r, 3, 17),
        "Q", between(r, 5, 50), "P", between(r, 1, 9) + "." + between(r, 0, 99)), 3);
  }

  static Piece wordCount(String n, Random r) {
    String t = """
        /** The {@code k} most frequent words of {@code text}. */
        static List<String> ${N}_topWords(String text, int k) {
          Map<String, Integer> counts = new HashMap<>();
          for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z${EXTRA}]+")) {
            if (w.length() < ${MIN}) {
              continue;
            }
            counts.merge(w, 1, Integer::sum);
          }
          return counts.entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
              .limit(k)
              .map(e -> e.getKey())
              .collect(Collectors.toList());
        }
        """;
    return new Piece(fill(t, "N", n, "EXTRA", pick(r, "", "0-9", "_", "'"), "MIN", between(r, 1, 4)), 1);
  }

  static Piece csvParse(String n, Random r) {
    String t = """
        /** Parses {@code key${SEP}value} lines; malformed numbers count as {@code ${DEF}}. */
        static Map<String, Long> ${N}_parse(List<String> lines) {
          Map<String, Long> out = new LinkedHashMap<>();
          for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
              continue;
            }
            int at = trimmed.indexOf('${SEP}');
            if (at < 0) {
              out.put(trimmed, ${DEF}L);
              continue;
            }
            String key = trimmed.substring(0, at).strip();
            long value;
            try {
              value = Long.parseLong(trimmed.substring(at + 1).strip());
            } catch (NumberFormatException e) {
              value = ${DEF}L;
            }
            out.merge(key, value, Long::sum);
          }
          return out;
        }
        """;
    return new Piece(fill(t, "N", n, "SEP", pick(r, ",", ";", "=", ":"), "DEF", between(r, -1, 0)), 1);
  }

  static Piece builder(String n, Random r) {
    String t = """
        /** Renders a table row, padding each cell to {@code width}. */
        static String ${N}_row(List<String> cells, int width) {
          StringBuilder sb = new StringBuilder("${L}");
          for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.length() > width) {
              c = c.substring(0, Math.max(0, width - 1)) + "~";
            }
            sb.append(' ').append(c);
            sb.append(" ".repeat(Math.max(0, width - c.length())));
            sb.append(i + 1 < cells.size() ? " ${L}" : " ${L}\\n");
          }
          return sb.toString();
        }

        static String ${N}_header(String title, int cols) {
          return String.format("%s (%d columns, id %d)", title.toUpperCase(Locale.ROOT), cols, ${C});
        }
        """;
    return new Piece(fill(t, "N", n, "L", pick(r, "|", "!", ":"), "C", between(r, 1, 99999)), 2);
  }

  static Piece grouping(String n, Random r) {
    String t = """
        /** Groups the strings by length and joins each group. */
        static Map<Integer, String> ${N}_byLength(Collection<String> xs) {
          return xs.stream()
              .filter(s -> s != null)
              .map(String::trim)
              .collect(Collectors.groupingBy(String::length, TreeMap::new,
                  Collectors.joining("${J}", "[", "]")));
        }

        static IntSummaryStatistics ${N}_stats(int[] values) {
          return Arrays.stream(values).filter(v -> v % ${D} != 0).summaryStatistics();
        }
        """;
    return new Piece(fill(t, "N", n, "J", pick(r, ", ", "; ", "/", " "), "D", between(r, 2, 9)), 2);
  }

  static Piece enumSwitch(String n, Random r) {
    String t = """
        enum ${E} { LOW, MEDIUM, HIGH, CRITICAL }

        static ${E} ${N}_level(int score) {
          if (score > ${A}) {
            return ${E}.CRITICAL;
          } else if (score > ${B}) {
            return ${E}.HIGH;
          }
          return score > ${C} ? ${E}.MEDIUM : ${E}.LOW;
        }

        static String ${N}_describe(${E} e) {
          switch (e) {
            case LOW:
              return "fine";
            case MEDIUM:
              return "watch";
            case HIGH:
              return "act ${C}";
            default:
              return "page someone";
          }
        }
        """;
    int c = between(r, 5, 30);
    return new Piece(fill(t, "N", n, "E", "Level" + n.substring(1), "A", c + 60, "B", c + 30, "C", c), 2);
  }

  static Piece optionalChain(String n, Random r) {
    String t = """
        /** The first value of {@code m} for a key that starts with {@code p}, doubled. */
        static Optional<Integer> ${N}_lookup(Map<String, Integer> m, String p) {
          return m.keySet().stream()
              .filter(k -> k.startsWith(p))
              .sorted()
              .findFirst()
              .map(k -> m.get(k))
              .filter(v -> v > ${C})
              .map(v -> v * 2);
        }

        static int ${N}_orDefault(Map<String, Integer> m, String p) {
          return ${N}_lookup(m, p).orElseGet(() -> p.length() + ${C});
        }
        """;
    return new Piece(fill(t, "N", n, "C", between(r, 0, 100)), 2);
  }

  static Piece genericCache(String n, Random r) {
    String t = """
        /** A bounded first-in-first-out cache. */
        static final class ${K}<K, V> {
          private final Map<K, V> map = new LinkedHashMap<>();
          private final Deque<K> order = new ArrayDeque<>();
          private final int limit;

          ${K}(int limit) {
            this.limit = Math.max(1, limit + ${C} % 3);
          }

          V get(K key) {
            return map.get(key);
          }

          void put(K key, V value) {
            if (map.put(key, value) == null) {
              order.addLast(key);
            }
            while (order.size() > limit) {
              map.remove(order.removeFirst());
            }
          }
        }

        static <K, V> V ${N}_memo(Map<K, V> cache, K key, Function<K, V> f) {
          V v = cache.get(key);
          if (v == null) {
            v = f.apply(key);
            cache.put(key, v);
          }
          return v;
        }
        """;
    return new Piece(fill(t, "N", n, "K", "Fifo" + n.substring(1), "C", between(r, 1, 999999)), 4);
  }

  static Piece sortWithComparator(String n, Random r) {
    String t = """
        /** Sorts names by length, then case-insensitively, dropping duplicates. */
        static List<String> ${N}_sorted(List<String> names) {
          Set<String> seen = new HashSet<>();
          List<String> out = new ArrayList<>();
          for (String s : names) {
            if (seen.add(s.toLowerCase(Locale.ROOT))) {
              out.add(s);
            }
          }
          out.sort(Comparator.comparingInt(String::length)
              .thenComparing(String.CASE_INSENSITIVE_ORDER)${REV});
          return out;
        }
        """;
    return new Piece(fill(t, "N", n, "REV", r.nextBoolean() ? ".reversed()" : ""), 1);
  }

  static Piece loops(String n, Random r) {
    String t = """
        /** A small numeric kernel: a histogram of values modulo {@code buckets}. */
        static int[] ${N}_histogram(long[] xs, int buckets) {
          int[] h = new int[buckets];
          for (long x : xs) {
            int b = (int) Math.floorMod(x * ${M}L + ${A}, (long) buckets);
            h[b]++;
          }
          int carry = 0;
          for (int i = 0; i < h.length; i++) {
            carry += h[i];
            if (carry > ${LIM}) {
              h[i] = -h[i];
              carry = 0;
            }
          }
          return h;
        }
        """;
    return new Piece(fill(t, "N", n, "M", between(r, 3, 1000003), "A", between(r, 0, 99), "LIM", between(r, 10, 999)), 1);
  }

  static Piece stringSwitch(String n, Random r) {
    String t = """
        /** Maps a command word to an action code. */
        static int ${N}_command(String word) {
          switch (word.toLowerCase(Locale.ROOT)) {
            case "start":
            case "run":
              return ${A};
            case "stop":
              return ${B};
            case "status":
              return word.length();
            default:
              return word.chars().filter(Character::isDigit).map(c -> c - '0').sum();
          }
        }
        """;
    return new Piece(fill(t, "N", n, "A", between(r, 1, 50), "B", between(r, 51, 99)), 1);
  }

  static Piece dequeWork(String n, Random r) {
    String t = """
        /** Breadth-first distances over an adjacency list. */
        static Map<Integer, Integer> ${N}_bfs(Map<Integer, List<Integer>> adj, int start) {
          Map<Integer, Integer> dist = new HashMap<>();
          Deque<Integer> q = new ArrayDeque<>();
          dist.put(start, 0);
          q.add(start);
          while (!q.isEmpty()) {
            int u = q.poll();
            int d = dist.get(u);
            if (d >= ${MAX}) {
              continue;
            }
            for (int v : adj.getOrDefault(u, List.of())) {
              if (dist.putIfAbsent(v, d + 1) == null) {
                q.add(v);
              }
            }
          }
          return dist;
        }
        """;
    return new Piece(fill(t, "N", n, "MAX", between(r, 3, 64)), 1);
  }
}
