package org.continuityacademy.base.i18n;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The main sources parsed into syntax trees (javac's own parser, no compilation), for tests that read the code. */
final class SourceTrees {

    static final Path MAIN = Path.of("src/main/java");

    private SourceTrees() {
    }

    record Unit(Path file, CompilationUnitTree tree, JavacTask task) {

        long line(com.sun.source.tree.Tree node) {
            return tree.getLineMap().getLineNumber(com.sun.source.util.Trees.instance(task).getSourcePositions()
                    .getStartPosition(tree, node));
        }

        String relative() {
            return MAIN.toAbsolutePath().relativize(file).toString();
        }
    }

    static List<Unit> parse() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (var fileManager = compiler.getStandardFileManager(null, null, null); Stream<Path> walk = Files.walk(MAIN)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            var units = new ArrayList<Unit>();
            var task = (JavacTask) compiler.getTask(null, fileManager, null, List.of("-proc:none"), null,
                    fileManager.getJavaFileObjects(files.toArray(Path[]::new)));
            for (CompilationUnitTree tree : task.parse()) {
                units.add(new Unit(Path.of(tree.getSourceFile().toUri()).toAbsolutePath(), tree, task));
            }
            return units;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
