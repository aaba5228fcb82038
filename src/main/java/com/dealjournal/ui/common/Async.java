package com.dealjournal.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Runs database and file work off the FX thread: the work runs on the injected executor (one thread,
 * so the journal sees one writer), its result and its failure are handled back on the FX thread.
 * A failure without its own handler reaches the user through the default error handler, a dialog.
 * {@link #busyProperty()} turns true when work has taken longer than a moment, for a progress indicator.
 *
 * <pre>async.run(() -> journal.prospects().count()).onSuccess(view::showCount).start();</pre>
 */
public final class Async {

    /** How long work may run before the user is shown that something is going on. */
    public static final Duration MOMENT = Duration.millis(300);

    private final Executor executor;
    private final Consumer<Throwable> defaultErrorHandler;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final PauseTransition busyDelay = new PauseTransition(MOMENT);
    private int running;

    public Async(Executor executor, Consumer<Throwable> defaultErrorHandler) {
        this.executor = executor;
        this.defaultErrorHandler = defaultErrorHandler;
        busyDelay.setOnFinished(e -> busy.set(running > 0));
    }

    /** True while work has been running for longer than {@link #MOMENT}. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Prepares work; nothing runs until {@link Job#start()}. Call on the FX thread. */
    public <T> Job<T> run(Callable<T> work) {
        return new Job<>(work);
    }

    /** One piece of background work and what to do with its outcome on the FX thread. */
    public final class Job<T> {

        private final Callable<T> work;
        private Consumer<? super T> onSuccess = ignored -> { };
        private Consumer<Throwable> onError = defaultErrorHandler;
        private Runnable andFinally = () -> { };

        private Job(Callable<T> work) {
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = handler;
            return this;
        }

        /** Handles failures of one type here; other failures still go to the default handler. */
        public <E extends Throwable> Job<T> onError(Class<E> type, Consumer<? super E> handler) {
            Consumer<Throwable> fallback = this.onError;
            this.onError = error -> {
                if (type.isInstance(error)) {
                    handler.accept(type.cast(error));
                } else {
                    fallback.accept(error);
                }
            };
            return this;
        }

        /** Runs after success or failure, such as re-enabling a button. */
        public Job<T> andFinally(Runnable handler) {
            this.andFinally = handler;
            return this;
        }

        public void start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> finish(() -> onSuccess.accept(task.getValue())));
            task.setOnFailed(e -> finish(() -> onError.accept(task.getException())));
            running++;
            if (running == 1) {
                busyDelay.playFromStart();
            }
            executor.execute(task);
        }

        private void finish(Runnable outcome) {
            running--;
            if (running == 0) {
                busyDelay.stop();
                busy.set(false);
            }
            try {
                outcome.run();
            } finally {
                andFinally.run();
            }
        }
    }
}
