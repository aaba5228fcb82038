package com.dealjournal.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Background work: off the FX thread, results back on it, a busy signal for slow work, errors to a handler. */
class AsyncTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Throwable> reported = new CopyOnWriteArrayList<>();
    private Async async;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private Async async() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> async = new Async(executor, reported::add)).get();
        return async;
    }

    @Test
    void workRunsOffTheFxThreadAndItsResultArrivesOnIt() throws Exception {
        Async async = async();
        AtomicReference<Boolean> workOnFx = new AtomicReference<>();
        AtomicReference<Boolean> resultOnFx = new AtomicReference<>();
        AtomicReference<String> result = new AtomicReference<>();

        Platform.runLater(() -> async.run(() -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return "42 prospects";
        }).onSuccess(value -> {
            resultOnFx.set(Platform.isFxApplicationThread());
            result.set(value);
        }).start());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result.get() != null);
        assertThat(result.get()).isEqualTo("42 prospects");
        assertThat(workOnFx.get()).isFalse();
        assertThat(resultOnFx.get()).isTrue();
        assertThat(reported).isEmpty();
    }

    @Test
    void slowWorkShowsAsBusyUntilItEnds() throws Exception {
        Async async = async();
        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> async.run(() -> release.await(10, TimeUnit.SECONDS)).start());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> async.busyProperty().get());
        release.countDown();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !async.busyProperty().get());
        assertThat(reported).isEmpty();
    }

    @Test
    void quickWorkNeverFlashesTheBusyIndicator() throws Exception {
        Async async = async();
        List<Boolean> busyChanges = new CopyOnWriteArrayList<>();
        AtomicReference<Boolean> done = new AtomicReference<>(false);
        Platform.runLater(() -> {
            async.busyProperty().addListener((obs, old, now) -> busyChanges.add(now));
            async.run(() -> "quick").onSuccess(v -> done.set(true)).start();
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, done::get);
        Thread.sleep((long) Async.MOMENT.toMillis() + 200);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(busyChanges).isEmpty();
    }

    @Test
    void aFailureGoesToItsOwnHandlerAndOthersToTheDefaultOne() throws Exception {
        Async async = async();
        List<Throwable> handled = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(2);

        Platform.runLater(() -> {
            async.run(() -> {
                throw new UncheckedIOException(new IOException("disk full"));
            }).onError(UncheckedIOException.class, handled::add).andFinally(finished::countDown).start();
            async.run(() -> {
                throw new IllegalStateException("unexpected");
            }).onError(UncheckedIOException.class, handled::add).andFinally(finished::countDown).start();
        });

        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handled).singleElement().extracting(Throwable::getMessage).asString().contains("disk full");
        assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("unexpected");
    }
}
