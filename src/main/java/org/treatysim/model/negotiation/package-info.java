/**
 * The negotiation protocol (offers under private information, acceptance, ratification) and the bargaining
 * theories that plug into it, registered by name in {@link org.treatysim.model.negotiation.BargainingTheories}.
 *
 * <p>Imports: {@code model} and its subpackages, {@code scenario}.
 */
package org.treatysim.model.negotiation;
