package org.treatysim.analysis.facts;

/** One stylized fact: what history shows, where it is documented, how a replay is tested against it. */
public record Fact(String id, String statement, String sources, double weight, FactTest test) {}
