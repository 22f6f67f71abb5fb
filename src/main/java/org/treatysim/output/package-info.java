/**
 * Files for people and for reproduction: CSV, JSON (summary, manifest, sweep, evaluation, calibration), charts (PNG,
 * SVG), the HTML report, the story of a replication; the output directory that never overwrites a user's results.
 *
 * <p>Imports: {@code analysis}, {@code experiment}, {@code model}, {@code scenario}, {@code io}; never the shells.
 */
package org.treatysim.output;
