package dev.newsmodel.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress count on standard error, such as {@code newsmodel: 4,200 files checked, 12 invalid},
 * shown only on a terminal and only once a run has taken more than two seconds, redrawn at most five
 * times a second, and erased before report lines are written and at the end.
 */
final class Progress {
  private static final long DELAY_NANOS = 2_000_000_000L;
  private static final long INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private boolean drawn;
  private long lastDrawn;
  private boolean visible;

  Progress(PrintWriter err, boolean enabled, LongSupplier nanoClock) {
    this.err = err;
    this.enabled = enabled;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  /** Redraws the count if it is time to. */
  void update(int files, int invalid) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < DELAY_NANOS || (drawn && now - lastDrawn < INTERVAL_NANOS)) {
      return;
    }
    drawn = true;
    lastDrawn = now;
    visible = true;
    err.print(String.format(Locale.ROOT, "\r\u001b[Knewsmodel: %,d %s checked, %,d invalid", files,
        files == 1 ? "file" : "files", invalid));
    err.flush();
  }

  /** Erases the count, if shown, so that other output starts on a clean line. */
  void clear() {
    if (visible) {
      err.print("\r\u001b[K");
      err.flush();
      visible = false;
    }
  }

  boolean isVisible() {
    return visible;
  }
}
