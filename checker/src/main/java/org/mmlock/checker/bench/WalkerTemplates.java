package org.mmlock.checker.bench;

import static org.mmlock.checker.bench.Src.between;
import static org.mmlock.checker.bench.Src.fill;
import static org.mmlock.checker.bench.Src.pick;

import java.util.Random;

/**
 * Walker-code methods for the generated corpora: every one follows the kernel's documented mm
 * locking rules the way the repository's examples do, so mmlock must stay silent on them. Each
 * template returns one or more complete methods (class-member indentation) whose names start
 * with the given prefix, and reports how many methods it wrote.
 */
final class WalkerTemplates {
  private WalkerTemplates() {}

  /** A generated piece of a class: its text and the number of methods in it. */
  record Piece(String text, int methods) {}

  static final int COUNT = 14;

  /** Template {@code which} (0 ≤ which &lt; {@link #COUNT}) with name prefix {@code n}. */
  static Piece make(int which, String n, Random r) {
    switch (which) {
      case 0: return lookupRange(n, r);
      case 1: return peekLocked(n, r);
      case 2: return writeRevalidated(n, r);
      case 3: return zapWithHelper(n, r);
      case 4: return dispatchUnderMmap(n, r);
      case 5: return rmapWalk(n, r);
      case 6: return rcuSection(n, r);
      case 7: return vmaLockFallback(n, r);
      case 8: return writeLocked(n, r);
      case 9: return trylock(n, r);
      case 10: return scanRange(n, r);
      case 11: return lambdaWalker(n, r);
      case 12: return pmdLocked(n, r);
      case 13: return anonVma(n, r);
      default: throw new IllegalArgumentException("template " + which);
    }
  }

  /** An if / else-if chain over long {@code v} that updates long {@code acc}. */
  static String chain(Random r, String v, String acc) {
    int arms = between(r, 1, 4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < arms; i++) {
      String cond = pick(r,
          v + " > " + between(r, 1, 9999) + "L",
          "(" + v + " & 0x" + Integer.toHexString(between(r, 1, 255)) + "L) != 0",
          v + " % " + between(r, 2, 17) + " == " + between(r, 0, 1),
          v + " < " + acc);
      String stmt = pick(r,
          acc + " += " + v + " >> " + between(r, 1, 12) + ";",
          acc + " ^= " + v + " * " + between(r, 3, 97) + "L;",
          acc + " -= " + between(r, 1, 500) + ";",
          acc + " = " + acc + " * 31 + (" + v + " & 0xfffL);");
      sb.append(i == 0 ? "if (" : " else if (").append(cond).append(") {\n  ").append(stmt).append("\n}");
    }
    if (r.nextBoolean()) {
      sb.append(" else {\n  ").append(acc).append(" += ").append(between(r, 1, 64)).append(";\n}");
    }
    return sb.toString();
  }

  static Piece lookupRange(String n, Random r) {
    String t = """
        /** Sums the extent of the VMAs met between {@code start} and {@code end}. */
        static long ${N}_lookupRange(MmStruct mm, long start, long end) {
          long total = 0;
          mmap_read_lock(mm);
          for (long addr = start; addr < end; addr += PAGE_SIZE * ${K}) {
            VmAreaStruct vma = find_vma(mm, addr);
            if (vma == null) {
              break;
            }
            if ((vma.vm_flags & VM_MAYSHARE) != 0) {
              total += vma.vm_end - vma.vm_start;
            } else if (vma.vm_start > addr) {
              total += ${C};
            }
            long span = vma.vm_end - addr;
        ${CHAIN}
          }
          mmap_read_unlock(mm);
          return total;
        }
        """;
    return new Piece(fill(t, "N", n, "K", between(r, 1, 16), "C", between(r, 1, 4096),
        "CHAIN", Src.indent(chain(r, "span", "total"), 4)), 1);
  }

  static Piece peekLocked(String n, Random r) {
    String t = """
        /** Reads the entry at {@code addr} under its PTE lock. */
        @RequiresMmapRead("mm")
        static long ${N}_peek(MmStruct mm, Pmd pmd, long addr) {
          Ref<Spinlock> ptlp = new Ref<>();
          Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
          if (pte == null) {
            return 0;
          }
          long val = ptep_get(pte);
          long acc = ${C};
          if (pte_present(val)) {
            acc += val & 0x${M}L;
          } else if (pte_none(val)) {
            acc = -1;
          }
        ${CHAIN}
          pte_unmap_unlock(pte, ptlp.get());
          return acc;
        }

        /** Walks to the PMD of {@code addr}; the VMA keeps the tables in place. */
        @RequiresVmaStable("vma")
        static Pmd ${N}_pmdOf(VmAreaStruct vma, long addr) {
          Pgd pgd = pgd_offset(vma.vm_mm, addr);
          return pmd_offset(pud_offset(p4d_offset(pgd, addr), addr), addr);
        }

        static long ${N}_peekAt(MmStruct mm, long addr) {
          long v = -1;
          mmap_read_lock(mm);
          VmAreaStruct vma = vma_lookup(mm, addr);
          if (vma != null) {
            v = ${N}_peek(mm, ${N}_pmdOf(vma, addr), addr);
          }
          mmap_read_unlock(mm);
          return v;
        }
        """;
    return new Piece(fill(t, "N", n, "C", between(r, 0, 99), "M", Integer.toHexString(between(r, 255, 65535)),
        "CHAIN", Src.indent(chain(r, "val", "acc"), 2)), 3);
  }

  static Piece writeRevalidated(String n, Random r) {
    String t = """
        /** Updates the entry at {@code addr} after revalidating the PMD under the PTE lock. */
        @RequiresMmapRead("mm")
        static boolean ${N}_update(MmStruct mm, long addr, long val) {
          Pgd pgd = pgd_offset(mm, addr);
          P4d p4d = p4d_offset(pgd, addr);
          Pud pud = pud_offset(p4d, addr);
          Pmd pmd = pmd_offset(pud, addr);
          long pmdval = pmdp_get_lockless(pmd);
          if (pmd_none(pmdval) || pmd_trans_huge(pmdval)) {
            return false;
          }
          Ref<Long> pmdvalp = new Ref<>();
          Ref<Spinlock> ptlp = new Ref<>();
          Pte pte = pte_offset_map_rw_nolock(mm, pmd, addr, pmdvalp, ptlp);
          if (pte == null) {
            return false;
          }
          Spinlock ptl = ptlp.get();
          spin_lock(ptl);
          boolean done = false;
          if (pmd_same(pmdvalp.get(), pmdp_get_lockless(pmd))) {
            long old = ptep_get(pte);
            if (!pte_same(old, val) && (old & 0x${M}L) != ${C}) {
              set_pte_at(mm, addr, pte, val | ${F}L);
              done = true;
            }
          }
          spin_unlock(ptl);
          pte_unmap(pte);
          return done;
        }
        """;
    return new Piece(fill(t, "N", n, "M", Integer.toHexString(between(r, 1, 4095)), "C", between(r, 0, 3),
        "F", between(r, 0, 255)), 1);
  }

  static Piece zapWithHelper(String n, Random r) {
    String t = """
        /** Zaps the entry at {@code addr}; returns {@code addr} when the caller must retry. */
        @RequiresVmaStable("vma")
        static long ${N}_zap(VmAreaStruct vma, long addr, long end) {
          MmStruct mm = vma.vm_mm;
          Pgd pgd = pgd_offset(mm, addr);
          P4d p4d = p4d_offset(pgd, addr);
          Pud pud = pud_offset(p4d, addr);
          Pmd pmd = pmd_offset(pud, addr);
          Ref<Spinlock> ptlp = new Ref<>();
          Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
          if (pte == null) {
            return addr;
          }
          Spinlock ptl = ptlp.get();
          long rss = 0;
          long ptent = ptep_get(pte);
          if (pte_present(ptent)) {
            rss += ${N}_zapOne(vma, pte, addr);
          } else if (!pte_none(ptent)) {
            pte_clear(mm, addr, pte);
          }
          pte_unmap_unlock(pte, ptl);
          sink += rss * ${C};
          return end;
        }

        /** Clears a present entry; the caller holds its lock. */
        @RequiresVmaStable("vma")
        static long ${N}_zapOne(VmAreaStruct vma, @PteLocked Pte pte, long addr) {
          long ptent = ptep_get_and_clear(vma.vm_mm, addr, pte);
          return pte_present(ptent) ? 1 : 0;
        }
        """;
    return new Piece(fill(t, "N", n, "C", between(r, 1, 9)), 2);
  }

  static Piece dispatchUnderMmap(String n, Random r) {
    String t = """
        /** Looks the VMA up and acts on it according to {@code mode}. */
        static long ${N}_dispatch(MmStruct mm, long addr, int mode) {
          mmap_read_lock(mm);
          VmAreaStruct vma = vma_lookup(mm, addr);
          if (vma == null) {
            mmap_read_unlock(mm);
            return -1;
          }
          long res;
          switch (mode) {
            case 0:
              res = vma.vm_end - addr;
              break;
            case 1:
              zap_page_range_single(vma, addr, PAGE_SIZE);
              res = ${C1};
              break;
            case ${K}:
              res = ${N}_size(vma) * ${C2};
              break;
            default:
              if (is_vm_hugetlb_page(vma)) {
                mmap_read_unlock(mm);
                return -2;
              }
              res = vma.vm_flags;
          }
        ${CHAIN}
          mmap_read_unlock(mm);
          return res;
        }

        @RequiresVmaStable("vma")
        static long ${N}_size(VmAreaStruct vma) {
          return (vma.vm_end - vma.vm_start) / PAGE_SIZE;
        }
        """;
    return new Piece(fill(t, "N", n, "C1", between(r, 1, 99), "K", between(r, 2, 7), "C2", between(r, 1, 9),
        "CHAIN", Src.indent(chain(r, "addr", "res"), 2)), 2);
  }

  static Piece rmapWalk(String n, Random r) {
    String t = """
        /** Zaps up to ${K} pages of a file VMA under the mapping's rmap lock. */
        static int ${N}_rmapZap(VmAreaStruct vma, long addr) {
          if (vma.vm_file == null) {
            return 0;
          }
          AddressSpace mapping = vma.vm_file.f_mapping;
          i_mmap_lock_${MODE}(mapping);
          int n = 0;
          for (int i = 0; i < ${K}; i++) {
            if (${N}_zapIfInside(vma, addr + i * PAGE_SIZE)) {
              n++;
            }
          }
          i_mmap_unlock_${MODE}(mapping);
          return n;
        }

        @RequiresIMmap("vma.vm_file.f_mapping")
        static boolean ${N}_zapIfInside(VmAreaStruct vma, long addr) {
          if (addr < vma.vm_start || addr >= vma.vm_end) {
            return false;
          }
          zap_page_range_single(vma, addr, PAGE_SIZE);
          return true;
        }
        """;
    return new Piece(fill(t, "N", n, "K", between(r, 2, 32), "MODE", pick(r, "read", "write")), 2);
  }

  static Piece rcuSection(String n, Random r) {
    String t = """
        @RequiresRcu
        static long ${N}_slot(MmStruct mm, long k) {
          return k * ${C} + (k >> 3);
        }

        /** Sums RCU-protected slots, stopping early past a limit. */
        static long ${N}_sumSlots(MmStruct mm, int n) {
          long s = 0;
          rcu_read_lock();
          for (int i = 0; i < n; i++) {
            s += ${N}_slot(mm, i);
            if (s > ${LIMIT}L) {
              break;
            }
          }
          rcu_read_unlock();
          return s;
        }
        """;
    return new Piece(fill(t, "N", n, "C", between(r, 2, 61), "LIMIT", between(r, 1000, 1000000)), 2);
  }

  static Piece vmaLockFallback(String n, Random r) {
    String t = """
        /** Tries the per-VMA lock first, falls back to the mmap lock. */
        static long ${N}_fault(MmStruct mm, long addr) {
          VmAreaStruct vma = lock_vma_under_rcu(mm, addr);
          if (vma != null) {
            long res = vma.vm_end - addr;
            zap_page_range_single(vma, addr, PAGE_SIZE);
            vma_end_read(vma);
            return res;
          }
          long res = ${C};
          mmap_read_lock(mm);
          VmAreaStruct slow = find_vma(mm, addr);
          if (slow != null && slow.vm_start <= addr) {
            res = slow.vm_end - addr;
        ${CHAIN}
          }
          mmap_read_unlock(mm);
          return res;
        }
        """;
    return new Piece(fill(t, "N", n, "C", between(r, 0, 9), "CHAIN", Src.indent(chain(r, "addr", "res"), 4)), 1);
  }

  static Piece writeLocked(String n, Random r) {
    String t = """
        /** Changes a VMA's flags under the mmap write lock, allocating its table first. */
        @MightSleep
        static int ${N}_protect(VmAreaStruct vma, long addr, long flags) {
          MmStruct mm = vma.vm_mm;
          mmap_write_lock(mm);
          vma_start_write(vma);
          int ret = 0;
          if (vma.vm_start <= addr && addr < vma.vm_end) {
            Pgd pgd = pgd_offset(mm, addr);
            Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd, addr), addr), addr);
            if (pte_alloc(mm, pmd) != 0) {
              ret = -12;
            } else {
              vma.vm_flags = (vma.vm_flags & ~0x${M}L) | flags;
            }
          }
          mmap_write_unlock(mm);
          return ret;
        }
        """;
    return new Piece(fill(t, "N", n, "M", Integer.toHexString(between(r, 1, 255))), 1);
  }

  static Piece trylock(String n, Random r) {
    String t = """
        /** Opportunistic check: gives up when the mmap lock is contended. */
        static int ${N}_tryCovered(MmStruct mm, long addr) {
          int res = -${C};
          if (mmap_read_trylock(mm)) {
            VmAreaStruct vma = vma_lookup(mm, addr);
            res = vma != null ? 1 : 0;
            mmap_read_unlock(mm);
          }
          return res;
        }
        """;
    return new Piece(fill(t, "N", n, "C", between(r, 1, 11)), 1);
  }

  static Piece scanRange(String n, Random r) {
    String t = """
        /** Clears the present entries of [start, end), one locked PTE at a time. */
        @RequiresMmapRead("vma.vm_mm")
        static int ${N}_scan(VmAreaStruct vma, long start, long end) {
          MmStruct mm = vma.vm_mm;
          int count = 0;
          long addr = start;
          while (addr < end) {
            Pgd pgd = pgd_offset(mm, addr);
            Pmd pmd = pmd_offset(pud_offset(p4d_offset(pgd, addr), addr), addr);
            Ref<Spinlock> ptlp = new Ref<>();
            Pte pte = pte_offset_map_lock(mm, pmd, addr, ptlp);
            long here = addr;
            addr += PAGE_SIZE * ${K};
            if (pte == null) {
              continue;
            }
            Spinlock ptl = ptlp.get();
            long v = ptep_get(pte);
            if (pte_present(v) && (v & 0x${M}L) == 0) {
              pte_clear(mm, here, pte);
              count++;
            }
            pte_unmap_unlock(pte, ptl);
            if (count > ${LIMIT}) {
              break;
            }
          }
          return count;
        }
        """;
    return new Piece(fill(t, "N", n, "K", between(r, 1, 8), "M", Integer.toHexString(between(r, 1, 255)),
        "LIMIT", between(r, 4, 512)), 1);
  }

  static Piece lambdaWalker(String n, Random r) {
    String t = """
        /** A deferred lookup: the lambda takes and drops the lock itself. */
        static Runnable ${N}_deferred(MmStruct mm, long addr) {
          return () -> {
            mmap_read_lock(mm);
            VmAreaStruct v = find_vma(mm, addr);
            if (v != null) {
              sink += v.vm_end - ${C};
            }
            mmap_read_unlock(mm);
          };
        }
        """;
    return new Piece(fill(t, "N", n, "C", between(r, 0, 4096)), 1);
  }

  static Piece pmdLocked(String n, Random r) {
    String t = """
        /** Classifies the PMD under its lock. */
        @RequiresMmapRead("mm")
        static int ${N}_classify(MmStruct mm, Pmd pmd, int flags) {
          Spinlock pml = pmd_lock(mm, pmd);
          long v = pmdp_get(pmd);
          int r;
          if (pmd_none(v)) {
            r = 1;
          } else if (pmd_trans_huge(v)) {
            r = 2;
          } else if ((flags & ${B}) != 0) {
            r = 3;
          } else {
            r = pmd_present(v) ? 4 : ${C};
          }
          spin_unlock(pml);
          return r;
        }
        """;
    return new Piece(fill(t, "N", n, "B", 1 << between(r, 0, 6), "C", between(r, 5, 9)), 1);
  }

  static Piece anonVma(String n, Random r) {
    String t = """
        /** Counts pages of an anonymous VMA under its anon_vma lock. */
        @RequiresMmapRead("vma.vm_mm")
        static long ${N}_anonPages(VmAreaStruct vma) {
          AnonVma av = vma.anon_vma;
          if (av == null) {
            return 0;
          }
          anon_vma_lock_read(av);
          long pages = (vma.vm_end - vma.vm_start) / PAGE_SIZE;
          long acc = ${C};
        ${CHAIN}
          anon_vma_unlock_read(av);
          return pages + acc;
        }
        """;
    return new Piece(fill(t, "N", n, "C", between(r, 0, 9), "CHAIN", Src.indent(chain(r, "pages", "acc"), 2)), 1);
  }
}
