/**
 * The simulated Linux-kernel mm API that walker code is written against: kernel structs as
 * Java types ({@link org.mmlock.mm.MmStruct}, {@link org.mmlock.mm.VmAreaStruct}, {@link
 * org.mmlock.mm.Pte}, ...)
 * and kernel functions, under their kernel names, as static methods of {@link
 * org.mmlock.mm.Kernel},
 * {@link org.mmlock.mm.MmapLock}, {@link org.mmlock.mm.Rcu}, {@link org.mmlock.mm.Rmap},
 * {@link org.mmlock.mm.Pgtable}, {@link org.mmlock.mm.Pagewalk} and {@link org.mmlock.mm.Hugetlb}.
 *
 * <p>Names follow the kernel on purpose ({@code pte_offset_map_lock}, {@code vm_mm}), so that
 * {@code Documentation/mm/process_addrs.rst} or {@code mm/pagewalk.c} transliterate line by line.
 * {@code long} stands for {@code unsigned long} addresses and for entry values ({@code pte_t},
 * {@code pmd_t}). The contract is {@code mm-api.md}.
 *
 * <p>Every function carries its locking contract as {@link org.mmlock.qual} annotations; the
 * mmlock checker reads contracts only from these. Walker code imports the API as
 *
 * <pre>{@code
 * import org.mmlock.mm.*;
 * import static org.mmlock.mm.Kernel.*;
 * import static org.mmlock.mm.MmapLock.*;
 * import static org.mmlock.mm.Rcu.*;
 * import static org.mmlock.mm.Rmap.*;
 * import static org.mmlock.mm.Pgtable.*;
 * import static org.mmlock.mm.Pagewalk.*;
 * import static org.mmlock.mm.Hugetlb.*;
 * }</pre>
 *
 * <p>and nothing else is needed to compile.
 *
 * <p>Runtime status: constructors, field accessors, {@link org.mmlock.mm.Ref}, the constants and
 * the pure value tests ({@code pmd_none}, {@code pte_same}, {@code is_vm_hugetlb_page}, ...)
 * execute. Every function that would touch page tables, locks or RCU throws
 * {@link java.lang.UnsupportedOperationException} until the simulated runtime exists.
 */
package org.mmlock.mm;
