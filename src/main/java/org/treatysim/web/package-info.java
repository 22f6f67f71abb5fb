/**
 * The class server (Javalin): the gallery, the scenario builder, the job queue and the result pages, a thin shell
 * over the same stages as the command line.
 *
 * <p>Imports: {@code output} and everything below it; never {@code cli} or {@code gui}.
 */
package org.treatysim.web;
