package fi.osaava.needs.need;

/** How an education provider answers a need: with an offering that exists, or with a plan. */
public enum AnswerKind {
    OFFERING, PLAN
}
