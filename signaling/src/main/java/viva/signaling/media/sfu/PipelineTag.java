package viva.signaling.media.sfu;

/**
 * What Viva writes on each pipeline it creates: which node made it and for which defense, so that
 * a shared media server's pipelines can be told apart and orphans found after a crash.
 */
public record PipelineTag(String node, long defenseId) {

    public static final String NODE_KEY = "viva.node";
    public static final String DEFENSE_KEY = "viva.defense";
}
