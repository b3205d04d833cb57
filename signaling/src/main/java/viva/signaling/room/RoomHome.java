package viva.signaling.room;

import java.util.Optional;

/**
 * Where a defense's room lives when several nodes share one database: one node at a time holds it
 * (a lease the application keeps), so that a room is never split between two nodes. Implemented by
 * the application; the signaling module only asks.
 */
public interface RoomHome {

    /** This node's name, as {@code welcome}'s {@code node} gives it. */
    String node();

    /**
     * Holds the defense's room on this node: true when this node held it already, or took it because
     * no node held it or its holder stopped renewing; false when another node holds it.
     */
    boolean host(long defenseId);

    /** The address of the node that holds the room, when another node does: where to hand a participant over. */
    Optional<String> holder(long defenseId);

    /** The room emptied on this node: it is no one's any more. */
    void release(long defenseId);

    /** The home of a node that runs alone: every room is its own. */
    static RoomHome alone(String node) {
        return new RoomHome() {
            @Override
            public String node() {
                return node;
            }

            @Override
            public boolean host(long defenseId) {
                return true;
            }

            @Override
            public Optional<String> holder(long defenseId) {
                return Optional.empty();
            }

            @Override
            public void release(long defenseId) {
            }
        };
    }
}
