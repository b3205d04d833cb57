package viva.signaling.media.sfu;

/**
 * One WebRTC connection between a page and the media server: the page of {@code owner} sending
 * its own media ({@code source} = owner) or receiving {@code source}'s; {@code screen} when the
 * connection carries the source's shared screen rather than their camera.
 */
record Link(String owner, String source, boolean screen) {

    Link(String owner, String source) {
        this(owner, source, false);
    }

    boolean publishing() {
        return owner.equals(source);
    }

    boolean involves(String participantId) {
        return owner.equals(participantId) || source.equals(participantId);
    }
}
