package viva.panel;

import viva.system.Refusal;

/** A panel whose composition breaks the rules. */
public class PanelRuleException extends Refusal {

    public PanelRuleException(String code, String message) {
        super(Refusal.Kind.INVALID, code, message);
    }
}
