package org.treatysim.scenario;

/**
 * What a scenario event may do to the model's state. The model's state implements it; effect classes
 * call it. Keeping this interface here lets the scenario package stay independent of the model.
 */
public interface WorldState {
    double get(Var v);
    void set(Var v, double value);
    void setBaseline(Var v, double value);
    void addImpulse(Var v, double amount, double halfLifeMonths);
    void setChannelOpen(boolean open);
    void setLeader(Country country, String name, double commitment);
    void addRatchet(String id, Var v, double bound);
    void liftRatchet(String id);
}
