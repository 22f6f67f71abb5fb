package org.treatysim.scenario;

/** Parameter values for one replication (or one sweep point), looked up by name. */
public interface ParameterValues {
    double get(String name);
}
