package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicLong nanos = new AtomicLong();
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean terminal) {
    return new Progress(new PrintWriter(err), terminal, nanos::get);
  }

  @Test
  void staysSilentForShortRuns() {
    Progress progress = progress(true);
    nanos.set(1_999_000_000L);
    progress.update(10, 1);
    progress.clear();
    assertEquals("", err.toString());
  }

  @Test
  void countsOnOneLineAfterTwoSecondsAtMostFiveTimesASecondAndErasesIt() {
    Progress progress = progress(true);
    nanos.set(2_000_000_000L);
    progress.update(1200, 3);
    nanos.addAndGet(100_000_000L);
    progress.update(1300, 3);
    nanos.addAndGet(100_000_000L);
    progress.update(1400, 4);
    progress.clear();
    assertEquals("\r\u001b[Knewsmodel: 1,200 files checked, 3 invalid"
        + "\r\u001b[Knewsmodel: 1,400 files checked, 4 invalid"
        + "\r\u001b[K", err.toString());
  }

  @Test
  void waitsForTheIntervalAfterBeingErasedForReportLines() {
    Progress progress = progress(true);
    nanos.set(3_000_000_000L);
    progress.update(1, 0);
    progress.clear();
    nanos.addAndGet(10_000_000L);
    progress.update(2, 0);
    nanos.addAndGet(200_000_000L);
    progress.update(3, 0);
    assertEquals("\r\u001b[Knewsmodel: 1 file checked, 0 invalid\r\u001b[K"
        + "\r\u001b[Knewsmodel: 3 files checked, 0 invalid", err.toString());
  }

  @Test
  void neverDrawsWhenStandardErrorIsNotATerminal() {
    Progress progress = progress(false);
    nanos.set(60_000_000_000L);
    progress.update(5, 0);
    progress.clear();
    assertEquals("", err.toString());
  }
}
