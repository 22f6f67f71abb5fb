/**
 * Reading and writing files, shared by every stage: YAML and JSON read as trees with the line:column of every node
 * ({@link org.treatysim.io.YamlDocument}, {@link org.treatysim.io.Node}), the errors that point there
 * ({@link org.treatysim.io.ScenarioException}, {@link org.treatysim.io.UsageException}), SHA-256 of bytes and files,
 * "did you mean" name matching, CSV writing with deterministic numbers, HTML escaping and tree deletion.
 *
 * <p>Imports: libraries only (Jackson, SnakeYAML, the JDK), no other TreatySim package; every other package may use it
 * (the model only its text helpers, never its file writers).
 */
package org.treatysim.io;
