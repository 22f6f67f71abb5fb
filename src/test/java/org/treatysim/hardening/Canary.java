package org.treatysim.hardening;

/** A class a hostile file names; if anything ever instantiated or even initialised it, the property is set. */
public final class Canary {
    static {
        System.setProperty("treatysim.canary", "initialised");
    }

    public Canary() {
        System.setProperty("treatysim.canary", "constructed");
    }
}
