package viva.vote;

import viva.defense.Decision;
import viva.system.Refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VoteBatcherTest {

    /** A writer that answers each vote with a ballot numbered by its voter, and notes each call. */
    static class CountingWriter extends VoteWriter {
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        volatile String failBatchesWith;

        @Override
        public List<Answer> castAll(List<AskedVote> asked) {
            batchSizes.add(asked.size());
            sleep(5); // a commit's disk sync, during which more votes arrive
            if (failBatchesWith != null && asked.size() > 1) {
                throw new IllegalStateException("unique key met");
            }
            return asked.stream().map(vote -> vote.username().equals(failBatchesWith)
                    ? new Answer(null, new VoteRefusal(Refusal.Kind.CONFLICT, "already_voted", "again"))
                    : new Answer(new Ballot(Long.parseLong(vote.username()), Decision.PASS, Instant.EPOCH, false), null))
                    .toList();
        }
    }

    private static VoteBatcher batcher(CountingWriter writer) {
        VoteBatcher batcher = new VoteBatcher();
        batcher.writer = writer;
        return batcher;
    }

    @Test
    void concurrentVotesAreWrittenTogetherAndEachVoterGetsTheirOwnAnswer() throws Exception {
        CountingWriter writer = new CountingWriter();
        List<VoteWriter.Answer> answers = castConcurrently(batcher(writer), 200);
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(i, answers.get(i).ballotOrThrow().voteId(), "voter " + i + " got another's answer");
        }
        assertEquals(200, writer.batchSizes.stream().mapToInt(Integer::intValue).sum(), "every vote written once");
        assertTrue(writer.batchSizes.size() < 100, "votes waiting were grouped: " + writer.batchSizes);
        assertTrue(writer.batchSizes.stream().allMatch(size -> size <= VoteBatcher.MAX_BATCH), writer.batchSizes::toString);
    }

    @Test
    void aBatchThatFailsIsWrittenAgainOneVoteAtATime() throws Exception {
        CountingWriter writer = new CountingWriter();
        writer.failBatchesWith = "7";
        List<VoteWriter.Answer> answers = castConcurrently(batcher(writer), 40);
        for (int i = 0; i < answers.size(); i++) {
            if (i == 7) {
                assertEquals("already_voted", ((VoteRefusal) answers.get(i).refusal()).code());
            } else {
                assertEquals(i, answers.get(i).ballotOrThrow().voteId());
            }
        }
    }

    @Test
    void aWriterErrorReachesOnlyItsVoter() {
        CountingWriter writer = new CountingWriter() {
            @Override
            public List<Answer> castAll(List<AskedVote> asked) {
                throw new IllegalStateException("database down");
            }
        };
        VoteWriter.Answer answer = batcher(writer).cast(new VoteWriter.AskedVote(1, "1", "PASS", null, null));
        assertSame(IllegalStateException.class, answer.refusal().getClass());
    }

    private static List<VoteWriter.Answer> castConcurrently(VoteBatcher batcher, int voters) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(voters);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<VoteWriter.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < voters; i++) {
                String voter = String.valueOf(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return batcher.cast(new VoteWriter.AskedVote(1, voter, "PASS", null, null));
                }));
            }
            start.countDown();
            List<VoteWriter.Answer> answers = new ArrayList<>();
            for (Future<VoteWriter.Answer> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
