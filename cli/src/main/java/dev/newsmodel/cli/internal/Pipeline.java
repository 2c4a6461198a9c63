package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.json.ProblemCode;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Checks inputs in parallel on a fixed pool of threads and hands the outcomes on in input order, so the
 * report is the same whatever the number of threads.
 *
 * <p>At most {@code window} inputs are in flight (submitted and not yet handed on): the caller's thread
 * walks the inputs, submits them in chunks of consecutive inputs until the window is full, then waits
 * for the oldest chunk. A worker reads and checks a chunk's inputs one after the other, so each thread
 * holds one document at a time, and memory stays bounded by the threads times the largest document
 * plus the window's outcomes, whatever the number of files. Chunks rather than single inputs, because
 * handing each file from thread to thread and back cost as much as a tenth of a run over a tree of
 * small files; a chunk is small enough that each thread still has two in flight.
 */
final class Pipeline {
  private final DocumentChecker checker;
  private final int threads;
  private final int window;
  private final InputStream stdin;
  private final BiConsumer<String, Throwable> onBug;

  /**
   * Creates a pipeline.
   *
   * @param checker the checker, thread-safe, not null
   * @param threads the number of worker threads, at least 1
   * @param window the most inputs in flight, at least 1
   * @param stdin where {@code -} reads from, not null
   * @param onBug told of an exception the checker should never have thrown, with the input's path; the
   *     input is then reported as not read and the run goes on, not null
   */
  Pipeline(DocumentChecker checker, int threads, int window, InputStream stdin,
      BiConsumer<String, Throwable> onBug) {
    if (threads < 1 || window < 1) {
      throw new IllegalArgumentException("threads and window must be >= 1, got " + threads + ", " + window);
    }
    this.checker = Objects.requireNonNull(checker, "checker");
    this.threads = threads;
    this.window = window;
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.onBug = Objects.requireNonNull(onBug, "onBug");
  }

  /**
   * Checks every input and hands each outcome to the sink, in input order, on the caller's thread.
   *
   * @param inputs the inputs, consumed on the caller's thread, not null
   * @param sink receives the outcomes, not null
   */
  void run(Iterator<Input> inputs, Consumer<FileOutcome> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
    int chunk = Math.max(1, Math.min(MAX_CHUNK, window / (2 * threads)));
    int chunks = window / chunk;
    Deque<Future<List<FileOutcome>>> inFlight = new ArrayDeque<>(chunks);
    try {
      while (inputs.hasNext()) {
        if (inFlight.size() == chunks) {
          await(inFlight.removeFirst()).forEach(sink);
        }
        List<Input> batch = new ArrayList<>(chunk);
        while (batch.size() < chunk && inputs.hasNext()) {
          batch.add(inputs.next());
        }
        inFlight.addLast(pool.submit(() -> {
          List<FileOutcome> outcomes = new ArrayList<>(batch.size());
          for (Input input : batch) {
            outcomes.add(check(input));
          }
          return outcomes;
        }));
      }
      while (!inFlight.isEmpty()) {
        await(inFlight.removeFirst()).forEach(sink);
      }
    } finally {
      for (Future<List<FileOutcome>> future : inFlight) {
        future.cancel(true);
      }
      pool.shutdownNow();
    }
  }

  /**
   * The most inputs a chunk holds: eight already cut the hand-offs to one in eight, and sixteen gained
   * nothing more on 10,000 small files.
   */
  private static final int MAX_CHUNK = 8;

  /** Checks one input; never throws. */
  FileOutcome check(Input input) {
    if (input.outcome().isPresent()) {
      return input.outcome().get();
    }
    long limit = checker.maxDocumentBytes();
    InputReader.Read read = input.isStdin()
        ? InputReader.stream(stdin, input.path(), limit)
        : InputReader.file(input.file().orElseThrow(), input.path(), limit);
    if (read.outcome != null) {
      return read.outcome;
    }
    try {
      List<Finding> findings = checker.check(read.bytes, input.path());
      return new FileOutcome(input.path(), true, findings);
    } catch (RuntimeException | StackOverflowError e) {
      onBug.accept(input.path(), e);
      return FileOutcome.unreadable(input.path(), ProblemCode.INTERNAL_ERROR.code(),
          "newsmodel failed on this file (" + e.getClass().getSimpleName() + "); run with --debug for details and report it.");
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "newsmodel-check-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
