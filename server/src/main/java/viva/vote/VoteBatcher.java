package viva.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit for votes. Every change takes the audit head, so writes are one at a time, and
 * each commit waits for the database's log to reach the disk. Votes that arrive while one batch
 * is being written are written together in the next transaction, each with its own audit event:
 * one disk sync for many votes instead of one each. A voter is answered only after the
 * transaction holding their vote has committed.
 */
@ApplicationScoped
public class VoteBatcher {

    /** Keeps one transaction short enough that the first voter in it waits little longer. */
    static final int MAX_BATCH = 64;

    @Inject
    VoteWriter writer;

    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    /** Stores the vote (with the others waiting) and answers as {@link VoteWriter#castAll} would. */
    public VoteWriter.Answer cast(VoteWriter.AskedVote vote) {
        Waiting mine = new Waiting(vote);
        queue.add(mine);
        // Whoever holds the lock writes batches of those queued first; a voter whose vote was in
        // one finds its answer once the lock is free, else writes batches until its own is written.
        writing.lock();
        try {
            while (mine.answer == null) {
                writeNextBatch();
            }
        } finally {
            writing.unlock();
        }
        return mine.answer;
    }

    private void writeNextBatch() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
            batch.add(next);
        }
        try {
            List<VoteWriter.Answer> answers = writer.castAll(batch.stream().map(w -> w.vote).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer = answers.get(i);
            }
        } catch (RuntimeException failed) {
            // The batch rolled back as a whole (e.g. two requests of one member from two nodes met
            // at the unique key): each vote is written again alone, so that one's failure is not another's.
            for (Waiting waiting : batch) {
                waiting.answer = alone(waiting.vote);
            }
        }
    }

    private VoteWriter.Answer alone(VoteWriter.AskedVote vote) {
        try {
            return writer.castAll(List.of(vote)).get(0);
        } catch (RuntimeException e) {
            return new VoteWriter.Answer(null, e);
        }
    }

    private static final class Waiting {
        final VoteWriter.AskedVote vote;
        /** Written and read under {@link #writing}, which orders the two. */
        VoteWriter.Answer answer;

        Waiting(VoteWriter.AskedVote vote) {
            this.vote = vote;
        }
    }
}
