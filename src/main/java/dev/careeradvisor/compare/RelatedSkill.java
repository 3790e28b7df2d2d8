package dev.careeradvisor.compare;

/** A skill of A and a differently worded skill of B that stand for the same competence. */
public record RelatedSkill(String a, String b, double score) {
}
