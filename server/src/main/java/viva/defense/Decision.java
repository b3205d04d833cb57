package viva.defense;

/** A member's vote: PASS, or VETO, which alone fails the defense (一票否决). */
public enum Decision {
    PASS,
    VETO
}
