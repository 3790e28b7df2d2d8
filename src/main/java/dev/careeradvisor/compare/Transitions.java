package dev.careeradvisor.compare;

/** The move in both directions, since moving from A to B is not moving from B to A. */
public record Transitions(Transition aToB, Transition bToA, String text) {
}
