/**
 * The {@code stormsim} command line (picocli): {@code run} (with its progress on standard error),
 * {@code sweep}, {@code size-lanes}, {@code compare}, {@code validate}, {@code explain},
 * {@code schema}, {@code codes} and {@code requests}. Bad input exits with status 2 and names the
 * file, line, column, field path, value and what is allowed; internal errors exit with 1; nothing
 * is ever half-written.
 */
package org.stormsim.cli;
