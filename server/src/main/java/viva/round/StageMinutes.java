package viva.round;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How long each stage of a defense lasts for one title level. */
@Embeddable
public class StageMinutes {

    @Column(name = "STATEMENT_MINUTES", nullable = false)
    private int statement;

    @Column(name = "QUESTIONS_MINUTES", nullable = false)
    private int questions;

    @Column(name = "VOTING_MINUTES", nullable = false)
    private int voting;

    protected StageMinutes() {
    }

    public StageMinutes(int statement, int questions, int voting) {
        this.statement = statement;
        this.questions = questions;
        this.voting = voting;
    }

    public int statement() {
        return statement;
    }

    public int questions() {
        return questions;
    }

    public int voting() {
        return voting;
    }

    public int total() {
        return statement + questions + voting;
    }
}
