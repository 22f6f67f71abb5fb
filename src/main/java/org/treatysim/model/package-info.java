/**
 * The MASON model: {@link org.treatysim.model.TreatyModel} steps the world month by month, its agents decide, the
 * negotiation protocol offers and ratifies. Headless and user-agnostic: it reports through observers
 * ({@link org.treatysim.model.DecisionObserver}, {@link org.treatysim.model.MonthObserver}).
 *
 * <p>Imports: {@code scenario}, {@code io}'s text helpers (never its writers), MASON's engine and the JDK; never
 * {@code experiment}, {@code analysis}, {@code output}, {@code cli}, {@code gui}, {@code web}, Swing or AWT
 * (ModelBoundaryTest and ArchitectureTest keep it so).
 */
package org.treatysim.model;
