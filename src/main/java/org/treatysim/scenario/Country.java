package org.treatysim.scenario;

/** The actors of the model. SU is the Soviet Union, succeeded by RU in December 1991. */
public enum Country {
    JP("Japan"), SU("Soviet Union"), RU("Russia"), US("United States"), CN("China");

    public final String displayName;

    Country(String displayName) { this.displayName = displayName; }
}
