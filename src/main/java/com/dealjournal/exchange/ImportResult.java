package com.dealjournal.exchange;

import com.dealjournal.model.JournalContent;
import java.util.List;

/**
 * What an import read: the journal's content when the files held no problem, else the problems.
 *
 * @param content      everything read, or {@code null} when there are problems (an import takes all or nothing)
 * @param problems     the problems in the order of the files, at most 10,000 of them
 * @param problemCount how many problems there are in all, which may be more than {@code problems} lists
 */
public record ImportResult(JournalContent content, List<ImportProblem> problems, int problemCount) {

    public ImportResult {
        problems = List.copyOf(problems);
        if ((content == null) == (problemCount == 0)) {
            throw new IllegalArgumentException("an import result has either content or problems");
        }
    }

    public boolean ok() {
        return content != null;
    }
}
