/**
 * mmlock's annotations: the locking contracts of the simulated kernel mm API
 * ({@link org.mmlock.mm}) and of users' own helpers.
 *
 * <p>Users write the requirement ({@code Requires*}), effect ({@code Acquires}, {@code Releases},
 * {@code AcquiresIf}, {@code AcquiresIfNonNull}, {@code MightSleep}, {@code AtomicContext}) and
 * qualifier ({@code PteLocked}, {@code PteMapped}, {@code SharedMapping}, {@code PrivateMapping},
 * {@code KernelMm}, {@code UserMm}) annotations, and the escape hatches {@code AssumeHeld} and
 * {@code NotChecked}. The model annotations ({@code MayReturnNull}, {@code MapsPte},
 * {@code UnmapsPte}, {@code AccessesPte}, {@code PageTableStep}, {@code KernelTablesOnly},
 * {@code ReadsPmd}, {@code ReadsPte}, {@code Revalidates}, {@code Downgrades}) describe the API
 * itself; wrappers of the API may use them too.
 *
 * <p>The rules are in {@code docs/rules/}, one page per key.
 */
package org.mmlock.qual;
