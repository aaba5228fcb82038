package com.dealjournal.bench;

import atlantafx.base.theme.PrimerLight;
import com.dealjournal.app.StartupProbe;
import com.dealjournal.ui.common.Frames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A second floor of the start-up figure: the controls of Deal Journal's first screen, with nothing of
 * Deal Journal behind them. The same theme, a menu bar with one menu of twelve items, three navigation
 * buttons, a search field, a choice of status, three buttons, a split pane, a table of nine columns over
 * 10,000 rows made in memory, and a status line: no journal, no icons, no tooltips, no cells of its own.
 * What JavaFX itself needs to bring such a window to its first frame in a new JVM is a part of the
 * application's start that no change to Deal Journal can remove. With the argument {@code table} the
 * window holds the filled table alone. Reports its first frame as the application's probe does, once a
 * frame showing the table's rows has been drawn.
 */
public final class ControlsStage {

    static final int ROWS = 10_000;

    private ControlsStage() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
        System.exit(0);
    }

    /** One row of the table: what a prospect's summary shows, as plain values. */
    record Row(String name, String company, String status, String lastActivity, int discounts, int conceded,
               int followUps, int streak, String eyeLevel) {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row("Prospect " + i, "Company " + (i % 700), i % 20 == 0 ? "Open" : "Won",
                    "2026-" + (1 + i % 12) + "-" + (1 + i % 28), i % 7, i % 3, i % 9, i % 4, (i % 101) + " %"));
        }
        return rows;
    }

    /** The window; not the main class, so it starts from the classpath as the application does. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            BorderPane root = new BorderPane();
            Menu file = new Menu("File");
            for (int i = 0; i < 12; i++) {
                file.getItems().add(new MenuItem("Command " + i));
            }
            root.setTop(new MenuBar(file));
            ToggleGroup navigation = new ToggleGroup();
            VBox nav = new VBox(4);
            for (String section : new String[] {"Prospects", "Review", "Settings"}) {
                ToggleButton button = new ToggleButton(section);
                button.setToggleGroup(navigation);
                button.setMaxWidth(Double.MAX_VALUE);
                nav.getChildren().add(button);
            }
            navigation.selectToggle(navigation.getToggles().getFirst());
            root.setLeft(nav);

            TextField search = new TextField();
            search.setPromptText("Search");
            HBox.setHgrow(search, Priority.ALWAYS);
            ComboBox<String> status = new ComboBox<>(FXCollections.observableArrayList("All", "Open", "Won", "Lost"));
            status.getSelectionModel().selectFirst();
            HBox searchRow = new HBox(8, search, new Button("New prospect"));
            HBox filterRow = new HBox(8, status, new ToggleButton("Waiting"), new Button("Undo"));
            TableView<Row> table = new TableView<>(FXCollections.observableArrayList(rows()));
            table.getColumns().addAll(List.of(column("Name", Row::name), column("Company", Row::company),
                    column("Status", Row::status), column("Last activity", Row::lastActivity),
                    column("Discounts", Row::discounts), column("Conceded", Row::conceded),
                    column("Follow-ups", Row::followUps), column("Chased", Row::streak),
                    column("Eye level", Row::eyeLevel)));
            VBox.setVgrow(table, Priority.ALWAYS);
            VBox left = new VBox(8, new VBox(8, searchRow, filterRow), table);
            SplitPane split = new SplitPane(left, new StackPane(new Label("Choose a prospect")));
            split.setDividerPositions(0.63);
            root.setCenter(split);
            root.setBottom(new Label("journal.db"));

            boolean tableAlone = getParameters().getRaw().contains("table");
            Scene scene = new Scene(tableAlone ? new StackPane(table) : root, 1240, 780);
            stage.setScene(scene);
            stage.show();
            Frames.afterFrame(scene, () -> table.lookup(".table-row-cell") != null, () -> {
                System.out.println(StartupProbe.PREFIX + "list-shown " + System.currentTimeMillis());
                System.out.println(StartupProbe.PREFIX + "cpu-millis " + StartupProbe.cpuMillis());
                System.out.flush();
                Platform.exit();
            });
        }

        private static <T> TableColumn<Row, T> column(String title, Function<Row, T> value) {
            TableColumn<Row, T> column = new TableColumn<>(title);
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
            return column;
        }
    }
}
