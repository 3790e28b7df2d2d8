package dev.careeradvisor.advise;

/**
 * Every constant of the score, in one place. A role's score is the sum of these terms:
 *
 * @param coding    gained when the role matches how much you enjoy code (yes: it requires coding;
 *                  no: it does not); lost when it requires code you do not want to write; half of it
 *                  either way for "some"
 * @param remote    gained when you need remote work and the role is remote-friendly; lost when it is not
 * @param learning  gained when the role's learning curve fits the months you have; lost when it is longer
 * @param criterion the most one of the four criteria (salary ceiling, low AI replacement risk, demand,
 *                  easy way in) adds, each scaled from 0 to 1: the ceiling against the highest ceiling
 *                  in the same currency, risk as (100 - risk) / 100, demand as demand / 10, and the
 *                  entry barrier as Low 1, Medium 0.5, High 0
 * @param priority  how many times the criterion you said matters most counts
 * @param interest  gained when the role is in the area you picked; lost when it is not
 */
public record AdviceWeights(double coding, double remote, double learning, double criterion, double priority, double interest) {

    /** The weights the bot ships with: what you want to do weighs more than how the roles compare. */
    public static final AdviceWeights DEFAULT = new AdviceWeights(3, 2, 2, 1, 3, 2);
}
