/**
 * The command line (picocli): a thin shell that parses options, calls the stages and prints where the results went.
 * Input errors exit 2, bugs exit 1 with a crash log ({@link org.treatysim.cli.Cli}).
 *
 * <p>Imports: any package (it launches {@code gui} and {@code web}); nothing imports it.
 */
package org.treatysim.cli;
